package org.cardfile.store.jpa.internal;

import org.cardfile.store.jpa.foundation.records.FieldDiff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Office;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.model.Role;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.EmployeeAdministration;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.entity.EmployeeEntity;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EmployeeAdministration.class, property = "service.ranking:Integer=-1")
public class JpaEmployeeAdministration implements EmployeeAdministration {
    static final int MIN_PASSWORD = 8;

    private final JpaStore store;
    private final SessionRegistry sessions;
    private final PasswordHasher hasher = new PasswordHasher();

    @Activate
    public JpaEmployeeAdministration(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public List<Employee> employees(Session session) {
        Session s = sessions.require(session, Permission.MANAGE_USERS);
        return store.read(em -> em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.officeId = :o ORDER BY e.login",
                EmployeeEntity.class).setParameter("o", s.officeId()).getResultList().stream()
                .map(Employees::toRecord).toList());
    }

    @Override
    public Employee save(Session session, Employee employee, char[] newPassword) {
        Session s = sessions.require(session, Permission.MANAGE_USERS);
        try {
            List<FieldError> errors = new ArrayList<>();
            if (employee.login() == null || !employee.login().matches("[A-Za-z0-9._-]{2,64}")) {
                errors.add(new FieldError("login", "Use 2 to 64 letters, digits, dots, dashes or underscores."));
            }
            if (employee.displayName() == null || employee.displayName().isBlank()) {
                errors.add(new FieldError("displayName", "Enter the employee's name."));
            }
            if (employee.roles().isEmpty()) {
                errors.add(new FieldError("roles", "Give the employee at least one role."));
            }
            if (employee.id() != 0 && employee.id() == s.employee().id()
                    && (!employee.active() || !employee.roles().contains(Role.ADMIN))) {
                // an office must not lose its last way in by a slip of its own admin
                errors.add(new FieldError("active", "You cannot deactivate your own login or take away your own admin"
                        + " role; another admin of the office can."));
            }
            if (employee.id() == 0 && newPassword == null) {
                errors.add(new FieldError("password", "A new employee needs a password."));
            }
            if (newPassword != null && newPassword.length < MIN_PASSWORD) {
                errors.add(new FieldError("password", "Use at least " + MIN_PASSWORD + " characters."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            String hash = newPassword == null ? null : hasher.hash(newPassword);
            return store.write(em -> {
                EmployeeEntity e = employee.id() == 0 ? new EmployeeEntity() : em.find(EmployeeEntity.class, employee.id());
                if (e == null || (employee.id() != 0 && e.officeId != s.officeId())) {
                    throw new NotFoundException("Employee " + employee.id() + " does not exist in " + s.office().name() + ".");
                }
                if (!em.createQuery("SELECT e.id FROM EmployeeEntity e WHERE e.login = :l AND e.id <> :id")
                        .setParameter("l", employee.login()).setParameter("id", e.id).getResultList().isEmpty()) {
                    throw new ValidationException(List.of(new FieldError("login", "The login " + employee.login()
                            + " is taken.")));
                }
                String before = e.id == 0 ? "" : describe(e);
                e.login = employee.login();
                e.displayName = employee.displayName().strip();
                e.officeId = s.officeId();
                e.roles = Employees.roles(employee.roles());
                e.active = employee.active();
                if (hash != null) {
                    e.passwordHash = hash;
                }
                if (employee.id() == 0) {
                    em.persist(e);
                }
                em.flush();
                em.persist(FieldDiff.change(s, RecordType.EMPLOYEE, e.id, Instant.now(), "Employee", before,
                        describe(e) + (hash != null ? " (password set)" : "")));
                return Employees.toRecord(e);
            });
        } finally {
            PasswordHasher.wipe(newPassword);
        }
    }

    private static String describe(EmployeeEntity e) {
        return e.login + ", " + e.displayName + ", " + e.roles + (e.active ? "" : ", inactive");
    }

    @Override
    public Office office(Session session) {
        Session s = sessions.require(session, Permission.MANAGE_USERS);
        return store.read(em -> Employees.toRecord(em.find(OfficeEntity.class, s.officeId())));
    }
}
