package org.cardfile.store.calls.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.cardfile.core.calls.CallSource;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.db.Jdbc;

/**
 * Routes a call by its dialled number (DNIS): an active tracking number names the office, the
 * advertising source and the card template. A number nobody set up still reaches a person: it goes
 * to the default office (the first one created) flagged as unknown, never dropped.
 */
final class CallRouter {
    private final PhoneNumbers phones;

    CallRouter(PhoneNumbers phones) {
        this.phones = phones;
    }

    Route route(Connection c, String dialled) throws SQLException {
        DefaultOffice fallback = defaultOffice(c);
        // tracking numbers are stored in E.164; drivers signal national digits or +E.164
        String dnis = phones.normalise(dialled, fallback.region()).map(PhoneNumbers.Normalised::e164).orElse(dialled);
        Optional<Route> tracked = Jdbc.first(c, "SELECT t.ID, t.OFFICE_ID, o.DEFAULT_REGION, t.ADVERTISING_SOURCE,"
                + " t.CARD_TEMPLATE, t.DESTINATION FROM TRACKING_NUMBER t JOIN OFFICE o ON o.ID = t.OFFICE_ID"
                + " WHERE t.E164 = ? AND t.ACTIVE = 1",
                rs -> new Route(rs.getLong(2), rs.getString(3), dnis, rs.getString(6),
                        new CallSource(rs.getLong(1), rs.getString(4), rs.getString(5), false)),
                dnis);
        return tracked.orElseGet(() -> new Route(fallback.id(), fallback.region(), dnis, "", CallSource.unknown()));
    }

    private record DefaultOffice(long id, String region) {
    }

    private static DefaultOffice defaultOffice(Connection c) throws SQLException {
        return Jdbc.first(c, "SELECT ID, DEFAULT_REGION FROM OFFICE ORDER BY ID",
                rs -> new DefaultOffice(rs.getLong(1), rs.getString(2)))
                .orElseThrow(() -> new SQLException("There is no office to route calls to; set up an office first."));
    }
}
