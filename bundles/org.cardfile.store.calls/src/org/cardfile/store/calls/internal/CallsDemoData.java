package org.cardfile.store.calls.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import org.cardfile.store.jpa.foundation.DemoContribution;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The advertised numbers the call simulator dials, and a small reverse-lookup directory, so a
 * simulated call shows its advertising source and a new caller's name.
 */
@Component(service = DemoContribution.class)
public class CallsDemoData implements DemoContribution {

    /** Referenced so the demo rows are written only into calls tables that exist. */
    @Activate
    public CallsDemoData(@Reference CallsStore store) {
        // the reference is the point: this service exists only while the calls tables do
    }

    @Override
    public void addTo(Connection c, DemoOffices offices) throws SQLException {
        long spr = offices.springfield();
        Object[][] numbers = {
                { spr, "+12175550190", "217-555-0190", "Springfield Gazette, Sunday classifieds", "Newspaper",
                        "Fall leasing", "450.00", "Leasing desk", "multihousing.guest" },
                { spr, "+12175550191", "217-555-0191", "Springfield Leasing website", "Web", "Always on",
                        "120.00", "Leasing desk", "multihousing.guest" },
                { spr, "+12175550192", "217-555-0192", "Resident maintenance line", "Resident handbook",
                        "Residents", "0.00", "Maintenance", "multihousing.service-request" },
                { offices.shelbyville(), "+12175550195", "217-555-0195", "Yellow Pages, appliance repair", "Directory",
                        "Repairs 2026", "275.00", "Repair counter", "support.repair" } };
        Instant now = Instant.now();
        for (Object[] n : numbers) {
            Jdbc.update(c, "INSERT INTO TRACKING_NUMBER (VERSION, OFFICE_ID, E164, NUMBER_TEXT, ADVERTISING_SOURCE,"
                    + " MEDIA, CAMPAIGN, MONTHLY_COST, DESTINATION, CARD_TEMPLATE, ACTIVE, UPDATED_BY, UPDATED_AT)"
                    + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'Demo data', ?)", n[0], n[1], n[2], n[3], n[4], n[5],
                    new BigDecimal((String) n[6]), n[7], n[8], now);
        }
        String[][] listings = { { "+12175550177", "Dana Whitfield", "14 Elm St", "Springfield", "IL", "62701" },
                { "+12175550178", "Marcus Oyelaran", "9 Cedar Ln", "Springfield", "IL", "62704" } };
        for (String[] l : listings) {
            Jdbc.update(c, "INSERT INTO DIRECTORY_LISTING (OFFICE_ID, E164, NAME, STREET, CITY, REGION, POSTAL_CODE,"
                    + " SOURCE) VALUES (?, ?, ?, ?, ?, ?, ?, 'Demo directory')", spr, l[0], l[1], l[2], l[3], l[4], l[5]);
        }
    }
}
