package org.cardfile.store.calls.internal;

import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cardfile.core.calls.TrackingNumber;
import org.cardfile.core.calls.TrackingNumbers;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.StaleRecordException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tracking numbers of the session's office, stored in E.164 so routing compares like with like. */
@Component(service = TrackingNumbers.class, property = "service.ranking:Integer=-1")
public class TrackingNumberStore implements TrackingNumbers {
    private static final System.Logger LOG = System.getLogger(TrackingNumberStore.class.getName());
    private static final String COLUMNS = "ID, VERSION, NUMBER_TEXT, E164, OFFICE_ID, ADVERTISING_SOURCE, MEDIA, CAMPAIGN,"
            + " MONTHLY_COST, DESTINATION, CARD_TEMPLATE, ACTIVE";

    private final Jdbc jdbc;
    private final SessionRegistry sessions;
    private final PhoneNumbers phones = new PhoneNumbers();

    @Activate
    public TrackingNumberStore(@Reference CallsStore store, @Reference SessionRegistry sessions) {
        this.jdbc = store.jdbc();
        this.sessions = sessions;
    }

    @Override
    public List<TrackingNumber> list(Session session) {
        Session s = sessions.require(session, Permission.VIEW_CALLS);
        return jdbc.transaction("read the tracking numbers", c -> Jdbc.list(c, "SELECT " + COLUMNS
                + " FROM TRACKING_NUMBER WHERE OFFICE_ID = ? ORDER BY ADVERTISING_SOURCE, E164",
                TrackingNumberStore::read, s.officeId()));
    }

    @Override
    public TrackingNumber save(Session session, TrackingNumber number) {
        Session s = sessions.require(session, Permission.MANAGE_TRACKING_NUMBERS);
        List<FieldError> errors = new ArrayList<>();
        Optional<PhoneNumbers.Normalised> e164 = phones.normalise(number.number(), s.office().defaultRegion());
        if (number.number().isEmpty()) {
            errors.add(new FieldError("number", "Enter the tracking number."));
        } else if (e164.isEmpty()) {
            errors.add(new FieldError("number", "Not a phone number: " + number.number()));
        }
        if (number.advertisingSource().isEmpty()) {
            errors.add(new FieldError("advertisingSource", "Name the advertisement that publishes this number."));
        }
        if (number.monthlyCost() != null && number.monthlyCost().signum() < 0) {
            errors.add(new FieldError("monthlyCost", "The cost cannot be negative."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String key = e164.get().e164();
        Instant now = Instant.now();
        TrackingNumber saved = jdbc.transaction("save the tracking number", c -> {
            Optional<Long> owner = Jdbc.first(c, "SELECT ID FROM TRACKING_NUMBER WHERE E164 = ? AND ID <> ?",
                    rs -> rs.getLong(1), key, number.id());
            if (owner.isPresent()) {
                throw new ValidationException(List.of(new FieldError("number",
                        key + " is a tracking number already; each number routes to one place.")));
            }
            Object cost = number.monthlyCost() == null ? Jdbc.Null.DECIMAL : number.monthlyCost();
            long id = number.id();
            if (id == 0) {
                id = Jdbc.insert(c, "INSERT INTO TRACKING_NUMBER (VERSION, OFFICE_ID, E164, NUMBER_TEXT, ADVERTISING_SOURCE,"
                        + " MEDIA, CAMPAIGN, MONTHLY_COST, DESTINATION, CARD_TEMPLATE, ACTIVE, UPDATED_BY, UPDATED_AT)"
                        + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.officeId(), key, number.number(),
                        number.advertisingSource(), number.media(), number.campaign(), cost, number.destination(),
                        number.cardTemplate(), number.active(), s.employee().displayName(), now);
            } else if (Jdbc.update(c, "UPDATE TRACKING_NUMBER SET VERSION = VERSION + 1, E164 = ?, NUMBER_TEXT = ?,"
                    + " ADVERTISING_SOURCE = ?, MEDIA = ?, CAMPAIGN = ?, MONTHLY_COST = ?, DESTINATION = ?, CARD_TEMPLATE = ?,"
                    + " ACTIVE = ?, UPDATED_BY = ?, UPDATED_AT = ? WHERE ID = ? AND OFFICE_ID = ? AND VERSION = ?", key,
                    number.number(), number.advertisingSource(), number.media(), number.campaign(), cost,
                    number.destination(), number.cardTemplate(), number.active(), s.employee().displayName(), now, id,
                    s.officeId(), number.version()) == 0) {
                throw refusal(c, s, id);
            }
            return byId(c, s, id);
        });
        LOG.log(Level.INFO, "{0} saved tracking number {1} ({2}) for {3}", s.employee().login(), key,
                saved.advertisingSource(), s.office().code());
        return saved;
    }

    @Override
    public void remove(Session session, long id) {
        Session s = sessions.require(session, Permission.MANAGE_TRACKING_NUMBERS);
        jdbc.transaction("remove the tracking number", c -> {
            byId(c, s, id);
            // calls keep the source they came in with: CALL_ENTRY copies it, so history survives
            return Jdbc.update(c, "DELETE FROM TRACKING_NUMBER WHERE ID = ? AND OFFICE_ID = ?", id, s.officeId());
        });
        LOG.log(Level.INFO, "{0} removed tracking number {1} of {2}", s.employee().login(), id, s.office().code());
    }

    private static RuntimeException refusal(Connection c, Session s, long id) throws SQLException {
        Optional<String> by = Jdbc.first(c, "SELECT UPDATED_BY FROM TRACKING_NUMBER WHERE ID = ? AND OFFICE_ID = ?",
                rs -> rs.getString(1), id, s.officeId());
        return by.<RuntimeException>map(name -> new StaleRecordException(
                "This tracking number was changed by " + name + " after you opened it; reopen it to see the change."))
                .orElseGet(() -> new NotFoundException("Tracking number " + id + " does not exist in " + s.office().name() + "."));
    }

    private static TrackingNumber byId(Connection c, Session s, long id) throws SQLException {
        return Jdbc.first(c, "SELECT " + COLUMNS + " FROM TRACKING_NUMBER WHERE ID = ? AND OFFICE_ID = ?",
                TrackingNumberStore::read, id, s.officeId())
                .orElseThrow(() -> new NotFoundException("Tracking number " + id + " does not exist in " + s.office().name() + "."));
    }

    private static TrackingNumber read(java.sql.ResultSet rs) throws SQLException {
        BigDecimal cost = rs.getBigDecimal("MONTHLY_COST");
        return new TrackingNumber(rs.getLong("ID"), rs.getLong("VERSION"), rs.getString("E164"), rs.getLong("OFFICE_ID"),
                rs.getString("ADVERTISING_SOURCE"), rs.getString("MEDIA"), rs.getString("CAMPAIGN"), cost,
                rs.getString("DESTINATION"), rs.getString("CARD_TEMPLATE"), rs.getShort("ACTIVE") != 0);
    }
}
