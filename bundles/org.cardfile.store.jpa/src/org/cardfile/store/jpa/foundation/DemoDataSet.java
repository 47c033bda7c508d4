package org.cardfile.store.jpa.foundation;

import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * The demo data set's own rows (offices, logins, codes, customers, products, contact history),
 * offered by the demo data feature. First run offers demo data only while one is installed; the
 * capabilities then add theirs as {@link DemoContribution}s.
 */
public interface DemoDataSet {

    /**
     * Writes the set inside the first run's transaction.
     *
     * @param hashPassword how the store hashes a login's password, so demo logins sign in like any other
     * @return the demo offices, for the capabilities' own rows
     */
    DemoContribution.DemoOffices load(EntityManager em, Function<char[], String> hashPassword);
}
