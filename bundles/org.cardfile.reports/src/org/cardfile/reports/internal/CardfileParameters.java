package org.cardfile.reports.internal;

import java.util.Map;
import java.util.Set;

import org.cardfile.core.security.Session;

/**
 * The parameters Cardfile fills in itself when a layout declares them (a hidden parameter of that
 * name): who runs the report and for which office, so a layout can print them in its header. They are
 * not on the parameter form, and a value typed for them is ignored: the scope comes from the session.
 */
final class CardfileParameters {
    static final String OFFICE_ID = "cardfile_office_id";
    static final String OFFICE_NAME = "cardfile_office_name";
    static final String USER = "cardfile_user";
    static final Set<String> NAMES = Set.of(OFFICE_ID, OFFICE_NAME, USER);

    private CardfileParameters() {
    }

    static boolean reserved(String name) {
        return NAMES.contains(name);
    }

    /** The values for {@code session}, each typed as a layout declares it (the office id as an integer). */
    static Map<String, Object> of(Session session) {
        return Map.of(OFFICE_ID, Math.toIntExact(session.officeId()), OFFICE_NAME, session.office().name(),
                USER, session.employee().displayName());
    }
}
