package org.cardfile.core.model;

import java.math.BigDecimal;

/**
 * A product record with its stock. The image is kept apart ({@code hasImage}) so lists stay light.
 */
public record Product(long id, long version, String sku, String name, String description, BigDecimal price,
        int stockOnHand, int reorderPoint, boolean hasImage, long officeId) {

    public Product {
        sku = sku == null ? "" : sku.strip();
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description;
        price = price == null ? BigDecimal.ZERO : price;
    }

    public static Product blank() {
        return new Product(0, 0, "", "", "", BigDecimal.ZERO, 0, 0, false, 0);
    }

    public boolean isNew() {
        return id == 0;
    }

    /** At or below the reorder point: time to order from the supplier. */
    public boolean needsReorder() {
        return stockOnHand <= reorderPoint;
    }
}
