package org.cardfile.store.calls.internal;

import java.util.Optional;

import org.cardfile.core.calls.ReverseLookup;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reverse lookup in the office's own directory, imported from CSV (a purchased listing, a
 * tenant roster). Ranked low so a carrier's CNAM provider, when installed, is asked first.
 */
@Component(service = ReverseLookup.class, property = "service.ranking:Integer=-1")
public class DirectoryLookup implements ReverseLookup {
    private final Jdbc jdbc;

    @Activate
    public DirectoryLookup(@Reference CallsStore store) {
        this.jdbc = store.jdbc();
    }

    @Override
    public Optional<Listing> lookup(long officeId, String e164) {
        return jdbc.transaction("look the caller up in the directory", c -> Jdbc.first(c,
                "SELECT NAME, STREET, CITY, REGION, POSTAL_CODE, SOURCE FROM DIRECTORY_LISTING WHERE OFFICE_ID = ? AND E164 = ?",
                rs -> new Listing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)),
                officeId, e164));
    }
}
