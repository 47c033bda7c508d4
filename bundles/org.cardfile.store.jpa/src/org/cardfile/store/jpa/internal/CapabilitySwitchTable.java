package org.cardfile.store.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardfile.core.capabilities.CapabilitySwitch;
import org.cardfile.core.capabilities.CapabilitySwitchLedger;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The capability switches in the installation's database: CAPABILITY_SWITCH holds each switched
 * capability's state, CAPABILITY_SWITCH_LOG every switch for the audit.
 */
@Component(service = CapabilitySwitchLedger.class)
public class CapabilitySwitchTable implements CapabilitySwitchLedger {
    private final Jdbc jdbc;
    private final SessionRegistry sessions;

    @Activate
    public CapabilitySwitchTable(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.jdbc = new Jdbc(store.database().dataSource());
        this.sessions = sessions;
    }

    @Override
    public Session live(Session claimed) {
        Session known = claimed == null ? null : sessions.get(claimed.token()).orElse(null);
        if (known == null || !known.equals(claimed)) {
            throw new AccessDeniedException("Your session has ended; sign in again.");
        }
        return known;
    }

    @Override
    public Map<String, Map<Long, Boolean>> states() {
        return jdbc.transaction("read the capability switches", c -> {
            Map<String, Map<Long, Boolean>> states = new LinkedHashMap<>();
            for (Object[] row : Jdbc.list(c, "SELECT CAPABILITY, OFFICE_ID, SWITCHED_ON FROM CAPABILITY_SWITCH",
                    rs -> new Object[] { rs.getString(1), rs.getLong(2), rs.getShort(3) != 0 })) {
                states.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((Long) row[1], (Boolean) row[2]);
            }
            return states;
        });
    }

    @Override
    public void record(CapabilitySwitch change) {
        jdbc.transaction("record the switch of " + change.capability(), c -> {
            store(c, change);
            Jdbc.insert(c, "INSERT INTO CAPABILITY_SWITCH_LOG (CAPABILITY, OFFICE_ID, WAS_ON, SWITCHED_ON, SWITCHED_BY,"
                    + " SWITCHED_AT) VALUES (?, ?, ?, ?, ?, ?)", change.capability(), change.officeId(), change.wasOn(),
                    change.on(), change.switchedBy(), change.switchedAt());
            return null;
        });
    }

    private static void store(Connection c, CapabilitySwitch change) throws SQLException {
        int updated = Jdbc.update(c, "UPDATE CAPABILITY_SWITCH SET SWITCHED_ON = ?, UPDATED_BY = ?, UPDATED_AT = ?"
                + " WHERE CAPABILITY = ? AND OFFICE_ID = ?", change.on(), change.switchedBy(), change.switchedAt(),
                change.capability(), change.officeId());
        if (updated == 0) {
            Jdbc.update(c, "INSERT INTO CAPABILITY_SWITCH (CAPABILITY, OFFICE_ID, SWITCHED_ON, UPDATED_BY, UPDATED_AT)"
                    + " VALUES (?, ?, ?, ?, ?)", change.capability(), change.officeId(), change.on(),
                    change.switchedBy(), change.switchedAt());
        }
    }

    @Override
    public List<CapabilitySwitch> history(String capability, int max) {
        return jdbc.transaction("read the switches of " + capability, c -> {
            return Jdbc.list(c, "SELECT CAPABILITY, OFFICE_ID, WAS_ON, SWITCHED_ON, SWITCHED_BY,"
                    + " SWITCHED_AT FROM CAPABILITY_SWITCH_LOG WHERE CAPABILITY = ? ORDER BY SWITCHED_AT DESC, ID DESC"
                    + " FETCH FIRST " + Math.max(1, max) + " ROWS ONLY",
                    rs -> new CapabilitySwitch(rs.getString(1), rs.getLong(2), rs.getShort(3) != 0, rs.getShort(4) != 0,
                            rs.getString(5), Jdbc.instant(rs, "SWITCHED_AT")), capability);
        });
    }
}
