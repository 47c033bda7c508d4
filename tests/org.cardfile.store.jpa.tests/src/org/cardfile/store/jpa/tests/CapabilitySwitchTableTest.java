package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cardfile.core.capabilities.CapabilitySwitch;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.internal.CapabilitySwitchTable;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Feature switches are kept in the database: their state survives a restart, and every switch stays in the history. */
class CapabilitySwitchTableTest {
    static final String SIMULATOR = "org.cardfile.telephony.simulator";
    static final String CARDS = "org.cardfile.cards.multihousing";

    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @Test
    void switchesSurviveARestartAndTheHistoryKeepsEveryOneNewestFirst() throws Exception {
        try (StoreFixture f = StoreFixture.withDemoData(kind(), "capability-switches")) {
            CapabilitySwitchTable table = f.switches;
            assertEquals(Map.of(), table.states(), "nothing switched: everything is on");
            Session admin = f.signIn("admin");
            Instant t0 = Instant.parse("2026-12-04T10:00:00Z");
            table.record(new CapabilitySwitch(SIMULATOR, 0, true, false, "Ada Admin (admin)", t0));
            table.record(new CapabilitySwitch(CARDS, admin.officeId(), true, false, "Ada Admin (admin)", t0.plusSeconds(1)));
            table.record(new CapabilitySwitch(SIMULATOR, 0, false, true, "Ada Admin (admin)", t0.plusSeconds(60)));
            table.record(new CapabilitySwitch(SIMULATOR, 0, true, false, "Ada Admin (admin)", t0.plusSeconds(120)));

            f.reopen();
            CapabilitySwitchTable afterRestart = f.switches;
            assertEquals(Map.of(SIMULATOR, Map.of(0L, false), CARDS, Map.of(admin.officeId(), false)),
                    afterRestart.states());
            List<CapabilitySwitch> history = afterRestart.history(SIMULATOR, 10);
            assertEquals(List.of(new CapabilitySwitch(SIMULATOR, 0, true, false, "Ada Admin (admin)", t0.plusSeconds(120)),
                    new CapabilitySwitch(SIMULATOR, 0, false, true, "Ada Admin (admin)", t0.plusSeconds(60)),
                    new CapabilitySwitch(SIMULATOR, 0, true, false, "Ada Admin (admin)", t0)), history);
            assertEquals(1, afterRestart.history(SIMULATOR, 1).size(), "the newest only");
        }
    }

    @Test
    void onlyASignedInSessionIsLive() throws Exception {
        try (StoreFixture f = StoreFixture.withDemoData(kind(), "capability-sessions")) {
            CapabilitySwitchTable table = f.switches;
            Session admin = f.signIn("admin");
            assertSame(admin, table.live(admin));
            Session forged = new Session("forged-token", admin.employee(), admin.office(), admin.signedInAt());
            AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> table.live(forged));
            assertTrue(refused.getMessage().contains("sign in again"), refused.getMessage());
            f.auth.signOut(admin);
            assertThrows(AccessDeniedException.class, () -> table.live(admin));
        }
    }
}
