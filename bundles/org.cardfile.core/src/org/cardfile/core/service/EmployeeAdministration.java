package org.cardfile.core.service;

import java.util.List;

import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Office;
import org.cardfile.core.security.Session;

/** Users of the admin's office. Admins only. */
public interface EmployeeAdministration {

    List<Employee> employees(Session session);

    /** Creates or updates an employee of the admin's office; a non-null password is (re)set. */
    Employee save(Session session, Employee employee, char[] newPassword);

    Office office(Session session);
}
