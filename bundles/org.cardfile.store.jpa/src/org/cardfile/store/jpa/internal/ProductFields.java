package org.cardfile.store.jpa.internal;

import org.cardfile.store.jpa.foundation.records.Keys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardfile.core.model.Product;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.entity.ProductEntity;

/** Copies, checks and snapshots products. */
final class ProductFields {
    private ProductFields() {
    }

    static Product toRecord(ProductEntity e) {
        return new Product(e.id, e.version, e.sku, e.name, e.description, e.price, e.stockOnHand, e.reorderPoint,
                e.hasImage, e.officeId);
    }

    static void apply(Product p, ProductEntity e) {
        e.sku = p.sku();
        e.skuKey = Keys.upper(p.sku());
        e.name = p.name();
        e.nameKey = Keys.upper(p.name());
        e.description = p.description();
        e.price = p.price().setScale(2, java.math.RoundingMode.HALF_UP);
        e.stockOnHand = p.stockOnHand();
        e.reorderPoint = p.reorderPoint();
    }

    static void validate(Product p) {
        List<FieldError> errors = new ArrayList<>();
        if (p.sku().isEmpty()) {
            errors.add(new FieldError("sku", "Enter the SKU."));
        } else if (p.sku().length() > 64) {
            errors.add(new FieldError("sku", "At most 64 characters."));
        }
        if (p.name().isEmpty()) {
            errors.add(new FieldError("name", "Enter the product name."));
        } else if (p.name().length() > 200) {
            errors.add(new FieldError("name", "At most 200 characters."));
        }
        if (p.description().length() > 4000) {
            errors.add(new FieldError("description", "At most 4000 characters."));
        }
        if (p.price().signum() < 0 || p.price().compareTo(new BigDecimal("9999999999.99")) > 0) {
            errors.add(new FieldError("price", "Enter a price from 0 to 9,999,999,999.99."));
        }
        if (p.stockOnHand() < 0) {
            errors.add(new FieldError("stockOnHand", "Stock on hand cannot be negative."));
        }
        if (p.reorderPoint() < 0) {
            errors.add(new FieldError("reorderPoint", "The reorder point cannot be negative."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static Map<String, String> snapshot(ProductEntity e) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("SKU", nz(e.sku));
        s.put("Name", nz(e.name));
        s.put("Description", nz(e.description));
        s.put("Price", e.price == null ? "" : e.price.toPlainString());
        s.put("Stock on hand", e.id == 0 && e.sku == null ? "" : Integer.toString(e.stockOnHand));
        s.put("Reorder point", e.id == 0 && e.sku == null ? "" : Integer.toString(e.reorderPoint));
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
