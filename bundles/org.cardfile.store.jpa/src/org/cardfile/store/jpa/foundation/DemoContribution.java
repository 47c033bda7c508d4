package org.cardfile.store.jpa.foundation;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A capability's part of the demo data: its rows for the two demo offices, written inside the demo
 * data's own transaction once the offices, people, customers and products are there. A capability
 * store offers one as a service; a capability that is not installed adds nothing.
 */
public interface DemoContribution {

    void addTo(Connection c, DemoOffices offices) throws SQLException;

    /** The demo offices' ids: the leasing office and the repair facility. */
    record DemoOffices(long springfield, long shelbyville) {
    }
}
