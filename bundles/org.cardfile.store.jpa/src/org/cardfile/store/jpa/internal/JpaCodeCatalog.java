package org.cardfile.store.jpa.internal;

import java.util.List;

import org.cardfile.core.model.Code;
import org.cardfile.core.model.CodeKind;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.CodeCatalog;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.entity.CodeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CodeCatalog.class, property = "service.ranking:Integer=-1")
public class JpaCodeCatalog implements CodeCatalog {
    private final JpaStore store;
    private final SessionRegistry sessions;

    @Activate
    public JpaCodeCatalog(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public List<Code> codes(Session session, CodeKind kind) {
        sessions.require(session, Permission.LOG_CONTACTS);
        return store.read(em -> em.createQuery("SELECT c FROM CodeEntity c WHERE c.kind = :k ORDER BY c.code",
                CodeEntity.class).setParameter("k", kind.name()).getResultList().stream()
                .map(c -> new Code(CodeKind.valueOf(c.kind), c.code, c.description, c.active)).toList());
    }

    @Override
    public Code save(Session session, Code code) {
        sessions.require(session, Permission.MANAGE_CODES);
        if (code.code() == null || !code.code().matches("[A-Za-z0-9-]{1,16}")) {
            throw new ValidationException(List.of(new FieldError("code", "Use 1 to 16 letters, digits or dashes.")));
        }
        if (code.description() == null || code.description().isBlank()) {
            throw new ValidationException(List.of(new FieldError("description", "Describe the code.")));
        }
        return store.write(em -> {
            CodeEntity e = em.find(CodeEntity.class, new CodeEntity.Key(code.kind().name(), code.code()));
            if (e == null) {
                e = new CodeEntity();
                e.kind = code.kind().name();
                e.code = code.code();
                em.persist(e);
            }
            e.description = code.description().strip();
            e.active = code.active();
            return code;
        });
    }
}
