package org.cardfile.store.calls.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallerHistory;
import org.cardfile.core.model.Channel;
import org.cardfile.core.model.Customer;
import org.cardfile.store.jpa.foundation.db.Jdbc;

/**
 * Who a caller is to the office: the customers with that number and the caller's earlier
 * contacts of every channel (logged interactions of those customers, and earlier calls from the
 * number whether or not anyone filed them). Each read is an indexed range.
 */
public final class CallerCrossReference {

    private record Match(long id, String name) {
    }

    private record Contact(Instant at, String line) {
    }

    public CallerHistory lookUp(Connection c, long officeId, String aniE164, long thisCallId) throws SQLException {
        List<Match> customers = Jdbc.list(c, "SELECT p.CUSTOMER_ID, c.FIRST_NAME, c.LAST_NAME, c.COMPANY"
                + " FROM CUSTOMER_PHONE p JOIN CUSTOMER c ON c.ID = p.CUSTOMER_ID"
                + " WHERE p.OFFICE_ID = ? AND p.E164 = ? ORDER BY c.UPDATED_AT DESC, p.CUSTOMER_ID",
                rs -> new Match(rs.getLong(1), Customer.displayName(rs.getString(2), rs.getString(3), rs.getString(4))), officeId,
                aniE164).stream().distinct().toList();
        int earlier = 0;
        Optional<Contact> last = Optional.empty();
        if (!customers.isEmpty()) {
            long customerId = customers.get(0).id();
            earlier += Jdbc.first(c, "SELECT COUNT(*) FROM INTERACTION WHERE CUSTOMER_ID = ?", rs -> rs.getInt(1),
                    customerId).orElse(0);
            last = Jdbc.first(c, "SELECT OCCURRED_AT, CHANNEL, PROBLEM_CODE, EMPLOYEE_NAME FROM INTERACTION"
                    + " WHERE CUSTOMER_ID = ? ORDER BY OCCURRED_AT DESC", rs -> new Contact(Jdbc.instant(rs, "OCCURRED_AT"),
                            line(Channel.valueOf(rs.getString(2)).label(), rs.getString(3), rs.getString(4))),
                    customerId);
        }
        earlier += Jdbc.first(c, "SELECT COUNT(*) FROM CALL_ENTRY WHERE OFFICE_ID = ? AND ANI = ? AND ID <> ?",
                rs -> rs.getInt(1), officeId, aniE164, thisCallId).orElse(0);
        Optional<Contact> lastCall = Jdbc.first(c, "SELECT STARTED_AT, STATUS, TAKEN_BY FROM CALL_ENTRY"
                + " WHERE OFFICE_ID = ? AND ANI = ? AND ID <> ? ORDER BY STARTED_AT DESC",
                rs -> new Contact(Jdbc.instant(rs, "STARTED_AT"),
                        line("Call", CallStatus.valueOf(rs.getString(2)).label(), rs.getString(3))),
                officeId, aniE164, thisCallId);
        if (lastCall.isPresent() && (last.isEmpty() || lastCall.get().at().isAfter(last.get().at()))) {
            last = lastCall;
        }
        Match first = customers.isEmpty() ? new Match(0, "") : customers.get(0);
        return new CallerHistory(first.id(), first.name(), Math.max(0, customers.size() - 1), earlier,
                last.map(Contact::at).orElse(null), last.map(Contact::line).orElse(""));
    }

    private static String line(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                s.append(s.isEmpty() ? "" : " · ").append(p.strip());
            }
        }
        return s.toString();
    }
}
