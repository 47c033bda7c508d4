package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.TimeZone;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * On a shared PostgreSQL database, workstations in different time zones see the same instants:
 * what one writes is stored as that instant (not its local wall-clock time) and read back
 * unchanged by another.
 */
class PostgresTimestampsTest {

    @Test
    void anInstantWrittenInOneTimeZoneIsTheSameInstantReadInAnother() throws Exception {
        TimeZone original = TimeZone.getDefault();
        Instant ring = Instant.parse("2026-03-08T06:59:30.125Z"); // near a daylight-saving change in New York
        StoreFixture f = StoreFixture.withDemoData(TestDatabase.Kind.POSTGRESQL, "timestamps");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            CallEvent ringing = new CallEvent("test", "tz-1", 1, "(217) 555-0142", "+12175550190", "",
                    CallStatus.RINGING, ring, "", "");
            long id = f.inbox.accept(ringing).callId();
            f.inbox.accept(ringing.next(CallStatus.ANSWERED, ring.plusSeconds(5)));
            f.inbox.accept(ringing.next(CallStatus.ANSWERED, ring.plusSeconds(5)).next(CallStatus.COMPLETED,
                    ring.plusSeconds(65)));

            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            f.reopen();
            IncomingCall call = f.calls.get(f.signIn("alice"), id);
            assertEquals(ring, call.startedAt());
            assertEquals(ring.plusSeconds(5), call.answeredAt());
            assertEquals(65, call.duration(Instant.now()).toSeconds());
            try (Connection c = f.store.database().dataSource().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT EXTRACT(EPOCH FROM STARTED_AT), EXTRACT(EPOCH FROM ENDED_AT)"
                            + " FROM CALL_ENTRY WHERE ID = " + id)) {
                rs.next();
                assertEquals(ring.toEpochMilli() / 1000.0, rs.getDouble(1), 0.0005, "stored as the instant itself");
                assertEquals(ring.plusSeconds(65).toEpochMilli() / 1000.0, rs.getDouble(2), 0.0005,
                        "the typed parameter of the status update too");
            }
        } finally {
            TimeZone.setDefault(original);
            f.close();
        }
    }
}
