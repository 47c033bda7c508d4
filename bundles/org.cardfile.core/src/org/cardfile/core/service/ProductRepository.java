package org.cardfile.core.service;

import java.util.List;
import java.util.Optional;

import org.cardfile.core.model.Product;
import org.cardfile.core.model.ProductImage;
import org.cardfile.core.security.Session;

/** Product records and stock of the session's office. */
public interface ProductRepository {

    /**
     * Creates or updates a product, auditing every changed field. Changing stock on hand or the
     * reorder point needs {@link org.cardfile.core.security.Permission#CHANGE_STOCK}.
     */
    Product save(Session session, Product product);

    Product get(Session session, long id);

    Optional<Product> findBySku(Session session, String sku);

    /** Name prefix or SKU prefix. */
    SearchPage<Product> search(Session session, String query, int offset, int limit);

    long count(Session session, String query);

    /** Products at or below their reorder point. */
    List<Product> needingReorder(Session session);

    Optional<ProductImage> image(Session session, long productId);

    /** Replaces (or with {@code null} removes) the picture; audited as a field change. */
    Product setImage(Session session, long productId, long expectedVersion, ProductImage image);
}
