package org.cardfile.store.jpa.internal;

import java.util.Optional;

import org.cardfile.core.model.Office;
import org.cardfile.core.service.OfficeDirectory;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OfficeDirectory.class, property = "service.ranking:Integer=-1")
public class JpaOfficeDirectory implements OfficeDirectory {
    private final JpaStore store;

    @Activate
    public JpaOfficeDirectory(@Reference JpaStore store) {
        this.store = store;
    }

    @Override
    public Optional<Office> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return store.read(em -> em.createQuery("SELECT o FROM OfficeEntity o WHERE UPPER(o.code) = :c", OfficeEntity.class)
                .setParameter("c", code.strip().toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .map(o -> new Office(o.id, o.code, o.name, o.defaultRegion)));
    }
}
