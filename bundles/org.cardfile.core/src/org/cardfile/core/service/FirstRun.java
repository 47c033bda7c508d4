package org.cardfile.core.service;

/**
 * An empty database gets either the demo data set or a first office with its administrator.
 * Neither needs a session: they run only while no employee exists.
 */
public interface FirstRun {

    boolean needsSetup();

    /** Loads the demo offices, logins (see README), codes, customers, products and contacts. */
    void loadDemoData();

    void createFirstOffice(String officeName, String adminLogin, String adminName, char[] adminPassword);
}
