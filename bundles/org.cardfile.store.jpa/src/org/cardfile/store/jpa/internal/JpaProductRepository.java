package org.cardfile.store.jpa.internal;

import org.cardfile.store.jpa.foundation.records.Keys;

import org.cardfile.store.jpa.foundation.records.FieldDiff;
import org.cardfile.store.jpa.foundation.records.StaleMessages;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.model.Product;
import org.cardfile.core.model.ProductImage;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.ProductRepository;
import org.cardfile.core.service.SearchPage;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.entity.ProductEntity;
import org.cardfile.store.jpa.foundation.entity.ProductImageEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

@Component(service = ProductRepository.class, property = "service.ranking:Integer=-1")
public class JpaProductRepository implements ProductRepository {
    private static final System.Logger LOG = System.getLogger(JpaProductRepository.class.getName());
    private static final List<String> MEDIA_TYPES = List.of("image/png", "image/jpeg", "image/gif");

    private final JpaStore store;
    private final SessionRegistry sessions;

    @Activate
    public JpaProductRepository(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public Product save(Session session, Product product) {
        Session s = sessions.require(session, Permission.EDIT_PRODUCTS);
        ProductFields.validate(product);
        try {
            return store.write(em -> {
                ProductEntity e = product.isNew() ? new ProductEntity() : find(em, s, product.id());
                if (!product.isNew() && e.version != product.version()) {
                    throw StaleMessages.changedSince("Product " + e.sku, e.updatedBy, e.updatedAt);
                }
                boolean stockChanged = product.isNew()
                        ? product.stockOnHand() != 0 || product.reorderPoint() != 0
                        : e.stockOnHand != product.stockOnHand() || e.reorderPoint != product.reorderPoint();
                if (stockChanged) {
                    s.require(Permission.CHANGE_STOCK);
                }
                requireUniqueSku(em, s.officeId(), product.sku(), e.id);
                Map<String, String> before = ProductFields.snapshot(e);
                e.officeId = s.officeId();
                ProductFields.apply(product, e);
                Map<String, String> after = ProductFields.snapshot(e);
                if (product.isNew() || !before.equals(after)) {
                    e.updatedBy = s.employee().displayName();
                    e.updatedAt = Instant.now();
                    if (product.isNew()) {
                        em.persist(e);
                    }
                    em.flush();
                    FieldDiff.record(em, s, RecordType.PRODUCT, e.id, before, after);
                }
                return ProductFields.toRecord(e);
            });
        } catch (RuntimeException e) {
            if (StaleMessages.isOptimisticLock(e)) {
                // someone committed between our version check and our flush or commit
                throw StaleMessages.changedSince("Product " + product.sku(), "another user", null);
            }
            LOG.log(Level.INFO, "Product save refused for {0} in office {1}: {2}", s.employee().login(),
                    s.office().code(), e.getMessage());
            throw e;
        }
    }

    private static void requireUniqueSku(EntityManager em, long officeId, String sku, long ownId) {
        if (!em.createQuery("SELECT p.id FROM ProductEntity p WHERE p.officeId = :o AND p.skuKey = :k AND p.id <> :id")
                .setParameter("o", officeId).setParameter("k", Keys.upper(sku)).setParameter("id", ownId)
                .setMaxResults(1).getResultList().isEmpty()) {
            throw new ValidationException(List.of(new FieldError("sku", "SKU " + sku + " is already used by another product.")));
        }
    }

    static ProductEntity find(EntityManager em, Session s, long id) {
        ProductEntity e = em.find(ProductEntity.class, id);
        if (e == null || e.officeId != s.officeId()) {
            throw new NotFoundException("Product " + id + " does not exist in " + s.office().name() + ".");
        }
        return e;
    }

    @Override
    public Product get(Session session, long id) {
        Session s = sessions.require(session, Permission.VIEW_PRODUCTS);
        return store.read(em -> ProductFields.toRecord(find(em, s, id)));
    }

    @Override
    public Optional<Product> findBySku(Session session, String sku) {
        Session s = sessions.require(session, Permission.VIEW_PRODUCTS);
        return store.read(em -> em.createQuery("SELECT p FROM ProductEntity p WHERE p.officeId = :o AND p.skuKey = :k",
                ProductEntity.class).setParameter("o", s.officeId()).setParameter("k", Keys.upper(sku))
                .getResultList().stream().findFirst().map(ProductFields::toRecord));
    }

    private static final String MATCH = " FROM ProductEntity p WHERE p.officeId = :o"
            + " AND (p.nameKey LIKE :k ESCAPE '\\' OR p.skuKey LIKE :k ESCAPE '\\')";

    @Override
    public SearchPage<Product> search(Session session, String query, int offset, int limit) {
        Session s = sessions.require(session, Permission.VIEW_PRODUCTS);
        String key = Keys.prefix(Keys.upper(query));
        List<Product> rows = store.read(em -> em.createQuery("SELECT p" + MATCH + " ORDER BY p.nameKey, p.id",
                ProductEntity.class).setParameter("o", s.officeId()).setParameter("k", key)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList().stream()
                .map(ProductFields::toRecord).toList());
        return new SearchPage<>(rows, offset);
    }

    @Override
    public long count(Session session, String query) {
        Session s = sessions.require(session, Permission.VIEW_PRODUCTS);
        String key = Keys.prefix(Keys.upper(query));
        return store.read(em -> em.createQuery("SELECT COUNT(p)" + MATCH, Long.class).setParameter("o", s.officeId())
                .setParameter("k", key).getSingleResult());
    }

    @Override
    public List<Product> needingReorder(Session session) {
        Session s = sessions.require(session, Permission.VIEW_PRODUCTS);
        return store.read(em -> em.createQuery("SELECT p FROM ProductEntity p WHERE p.officeId = :o"
                + " AND p.stockOnHand <= p.reorderPoint ORDER BY p.nameKey", ProductEntity.class)
                .setParameter("o", s.officeId()).getResultList().stream().map(ProductFields::toRecord).toList());
    }

    @Override
    public Optional<ProductImage> image(Session session, long productId) {
        Session s = sessions.require(session, Permission.VIEW_PRODUCTS);
        return store.read(em -> {
            find(em, s, productId);
            ProductImageEntity i = em.find(ProductImageEntity.class, productId);
            return Optional.ofNullable(i).map(x -> new ProductImage(x.mediaType, x.data));
        });
    }

    @Override
    public Product setImage(Session session, long productId, long expectedVersion, ProductImage image) {
        Session s = sessions.require(session, Permission.EDIT_PRODUCTS);
        if (image != null && !MEDIA_TYPES.contains(image.mediaType())) {
            throw new ValidationException(List.of(new FieldError("image",
                    "Choose a PNG, JPEG or GIF picture (not " + image.mediaType() + ").")));
        }
        return store.write(em -> {
            ProductEntity p = find(em, s, productId);
            if (p.version != expectedVersion) {
                throw StaleMessages.changedSince("Product " + p.sku, p.updatedBy, p.updatedAt);
            }
            ProductImageEntity old = em.find(ProductImageEntity.class, productId);
            String before = old == null ? "" : old.mediaType + ", " + old.data.length + " bytes";
            if (old != null) {
                em.remove(old);
                em.flush();
            }
            String after = "";
            if (image != null) {
                ProductImageEntity i = new ProductImageEntity();
                i.productId = productId;
                i.mediaType = image.mediaType();
                i.data = image.data();
                em.persist(i);
                after = image.mediaType() + ", " + image.data().length + " bytes";
            }
            p.hasImage = image != null;
            p.updatedBy = s.employee().displayName();
            p.updatedAt = Instant.now();
            em.flush();
            em.persist(FieldDiff.change(s, RecordType.PRODUCT, p.id, p.updatedAt, "Image", before, after));
            return ProductFields.toRecord(p);
        });
    }
}
