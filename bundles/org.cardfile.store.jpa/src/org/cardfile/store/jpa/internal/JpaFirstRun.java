package org.cardfile.store.jpa.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cardfile.core.model.Role;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.FirstRun;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.DemoContribution;
import org.cardfile.store.jpa.foundation.DemoDataSet;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.entity.EmployeeEntity;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jakarta.persistence.EntityManager;

@Component(service = FirstRun.class, property = "service.ranking:Integer=-1")
public class JpaFirstRun implements FirstRun {
    private static final System.Logger LOG = System.getLogger(JpaFirstRun.class.getName());

    private final JpaStore store;
    private final DemoDataSet demoData;
    private final List<DemoContribution> contributions;
    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * Greedy: the demo data set or a capability store started after this component still gets its
     * rows in, as the component is restarted with it.
     *
     * @param demoData the demo data feature's set, or null when that feature is not installed
     */
    @Activate
    public JpaFirstRun(@Reference JpaStore store,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            DemoDataSet demoData,
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<DemoContribution> contributions) {
        this.store = store;
        this.demoData = demoData;
        this.contributions = List.copyOf(contributions);
    }

    @Override
    public boolean needsSetup() {
        return store.read(JpaFirstRun::noEmployees);
    }

    private static boolean noEmployees(EntityManager em) {
        return em.createQuery("SELECT COUNT(e) FROM EmployeeEntity e", Long.class).getSingleResult() == 0;
    }

    @Override
    public boolean offersDemoData() {
        return demoData != null;
    }

    @Override
    public void loadDemoData() {
        if (demoData == null) {
            throw new IllegalStateException("The demo data is not installed: install the feature \"Cardfile demo data\""
                    + " (org.cardfile.demo.feature), or set up an empty office.");
        }
        store.write(em -> {
            requireEmpty(em);
            DemoContribution.DemoOffices offices = demoData.load(em, hasher::hash);
            Connection c = em.unwrap(Connection.class);
            for (DemoContribution contribution : contributions) {
                try {
                    contribution.addTo(c, offices);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not load the demo data of " + contribution.getClass().getName()
                            + ": " + e.getMessage(), e);
                }
            }
            return null;
        });
        LOG.log(Level.INFO, "Demo data loaded");
    }

    @Override
    public void createFirstOffice(String officeName, String adminLogin, String adminName, char[] adminPassword) {
        try {
            List<FieldError> errors = new ArrayList<>();
            if (officeName == null || officeName.isBlank()) {
                errors.add(new FieldError("officeName", "Name the office."));
            }
            if (adminLogin == null || !adminLogin.matches("[A-Za-z0-9._-]{2,64}")) {
                errors.add(new FieldError("adminLogin", "Use 2 to 64 letters, digits, dots, dashes or underscores."));
            }
            if (adminName == null || adminName.isBlank()) {
                errors.add(new FieldError("adminName", "Enter the administrator's name."));
            }
            if (adminPassword == null || adminPassword.length < JpaEmployeeAdministration.MIN_PASSWORD) {
                errors.add(new FieldError("adminPassword",
                        "Use at least " + JpaEmployeeAdministration.MIN_PASSWORD + " characters."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            String hash = hasher.hash(adminPassword);
            store.write(em -> {
                requireEmpty(em);
                OfficeEntity office = new OfficeEntity();
                office.code = "HQ";
                office.name = officeName.strip();
                office.defaultRegion = "US";
                em.persist(office);
                // the employee's office id is a plain column: EclipseLink must write the office first
                em.flush();
                EmployeeEntity admin = new EmployeeEntity();
                admin.login = adminLogin;
                admin.displayName = adminName.strip();
                admin.officeId = office.id;
                admin.roles = Employees.roles(Set.of(Role.ADMIN));
                admin.active = true;
                admin.passwordHash = hash;
                em.persist(admin);
                return null;
            });
        } finally {
            PasswordHasher.wipe(adminPassword);
        }
    }

    private static void requireEmpty(EntityManager em) {
        if (!noEmployees(em)) {
            throw new IllegalStateException("This database is already set up; first-run setup is not possible.");
        }
    }
}
