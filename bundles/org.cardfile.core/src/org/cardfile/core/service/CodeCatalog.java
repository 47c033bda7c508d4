package org.cardfile.core.service;

import java.util.List;

import org.cardfile.core.model.Code;
import org.cardfile.core.model.CodeKind;
import org.cardfile.core.security.Session;

/** Problem and solution codes reps choose from when they log a contact. */
public interface CodeCatalog {

    List<Code> codes(Session session, CodeKind kind);

    /** Adds or updates (by kind and code) a catalogue entry; admins only. */
    Code save(Session session, Code code);
}
