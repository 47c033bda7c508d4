package org.cardfile.store.calls.internal;

import static org.cardfile.store.jpa.foundation.ColumnText.cut;

import java.io.Reader;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cardfile.core.calls.DirectoryImport;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ImportProgress;
import org.cardfile.core.service.ImportResult;
import org.cardfile.store.jpa.foundation.CsvRows;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The caller directory from CSV, into the calls store's DIRECTORY_LISTING, numbers in E.164. */
@Component(service = DirectoryImport.class, property = "service.ranking:Integer=-1")
public class DirectoryCsvImport implements DirectoryImport {
    static final List<String> COLUMNS = List.of("number", "name", "street", "city", "region", "postalCode");
    private static final System.Logger LOG = System.getLogger(DirectoryCsvImport.class.getName());

    private record Listing(String e164, String name, String street, String city, String region, String postalCode) {
    }

    private final Jdbc jdbc;
    private final SessionRegistry sessions;
    private final PhoneNumbers phones = new PhoneNumbers();

    @Activate
    public DirectoryCsvImport(@Reference CallsStore store, @Reference SessionRegistry sessions) {
        this.jdbc = store.jdbc();
        this.sessions = sessions;
    }

    @Override
    public ImportResult importDirectory(Session session, Reader csv, ImportProgress progress) {
        Session s = sessions.require(session, Permission.IMPORT_DATA);
        Map<String, Long> seen = new HashMap<>();
        CsvRows.Parsed<Listing> parsed = CsvRows.parse(csv, COLUMNS, "directory listings", progress, (line, r) -> {
            String e164 = phones.normalise(r.get("number"), s.office().defaultRegion()).map(PhoneNumbers.Normalised::e164)
                    .orElseThrow(() -> new IllegalArgumentException("number: not a phone number: " + r.get("number")));
            if (r.get("name").isBlank()) {
                throw new IllegalArgumentException("name: required");
            }
            Long earlier = seen.putIfAbsent(e164, line);
            if (earlier != null) {
                throw new IllegalArgumentException("number " + e164 + " is listed on line " + earlier + " already");
            }
            return new Listing(e164, cut(r.get("name"), 200), cut(r.get("street"), 200), cut(r.get("city"), 100),
                    cut(r.get("region"), 100), cut(r.get("postalCode"), 20));
        });
        if (parsed.cancelled()) {
            return new ImportResult(0, parsed.rejected(), true);
        }
        jdbc.transaction("import the directory", c -> {
            for (Listing l : parsed.rows()) {
                Jdbc.update(c, "DELETE FROM DIRECTORY_LISTING WHERE OFFICE_ID = ? AND E164 = ?", s.officeId(), l.e164());
                Jdbc.update(c, "INSERT INTO DIRECTORY_LISTING (OFFICE_ID, E164, NAME, STREET, CITY, REGION, POSTAL_CODE,"
                        + " SOURCE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s.officeId(), l.e164(), l.name(), l.street(),
                        l.city(), l.region(), l.postalCode(), "Directory import by " + s.employee().login());
            }
            return null;
        });
        LOG.log(Level.INFO, "{0} imported {1} directory listings into {2}; {3} rows rejected", s.employee().login(),
                parsed.rows().size(), s.office().code(), parsed.rejected().size());
        return new ImportResult(parsed.rows().size(), parsed.rejected(), false);
    }
}
