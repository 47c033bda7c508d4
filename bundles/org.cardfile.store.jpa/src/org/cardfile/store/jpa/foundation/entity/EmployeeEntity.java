package org.cardfile.store.jpa.foundation.entity;

import java.util.Set;
import java.util.stream.Collectors;

import org.cardfile.core.model.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "EMPLOYEE")
public class EmployeeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Version
    public long version;
    public String login;
    @Column(name = "DISPLAY_NAME")
    public String displayName;
    @Column(name = "OFFICE_ID")
    public long officeId;
    /** Role names separated by commas. */
    public String roles;
    @Convert(converter = SmallintBoolean.class)
    public boolean active;
    @Column(name = "PASSWORD_HASH")
    public String passwordHash;

    /** The {@link #roles} column for a set of roles: their names, sorted, separated by commas. */
    public static String rolesColumn(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
