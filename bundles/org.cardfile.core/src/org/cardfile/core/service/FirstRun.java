package org.cardfile.core.service;

/**
 * An empty database gets either the demo data set or a first office with its administrator.
 * Neither needs a session: they run only while no employee exists.
 */
public interface FirstRun {

    boolean needsSetup();

    /** Whether the demo data feature is installed, so {@link #loadDemoData()} has something to load. */
    boolean offersDemoData();

    /**
     * Loads the demo offices, logins (see README), codes, customers, products and contacts, and each
     * installed capability's demo rows. Refused, naming the feature to install, while
     * {@link #offersDemoData()} is false.
     */
    void loadDemoData();

    void createFirstOffice(String officeName, String adminLogin, String adminName, char[] adminPassword);
}
