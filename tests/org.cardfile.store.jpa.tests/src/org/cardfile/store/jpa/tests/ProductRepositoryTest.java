package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.cardfile.core.model.FieldChange;
import org.cardfile.core.model.Product;
import org.cardfile.core.model.ProductImage;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.testsupport.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProductRepositoryTest {
    private static StoreFixture f;

    @BeforeAll
    static void demo() throws Exception {
        f = StoreFixture.withDemoData("products");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static Product with(Product p, String name, int stock, int reorder) {
        return new Product(p.id(), p.version(), p.sku(), name, p.description(), p.price(), stock, reorder, p.hasImage(),
                p.officeId());
    }

    @Test
    void theClientMaintainsDetailsButCannotChangeStock() {
        Session clara = f.signIn("clara");
        Product vacuum = f.products.findBySku(clara, "vac-100").orElseThrow();
        Product renamed = f.products.save(clara, with(vacuum, "Upright vacuum, bagless", vacuum.stockOnHand(),
                vacuum.reorderPoint()));
        assertEquals("Upright vacuum, bagless", renamed.name());
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> f.products.save(clara, with(renamed, renamed.name(), renamed.stockOnHand() + 5, renamed.reorderPoint())));
        assertEquals("Clara Client (clara) may not change stock levels or reorder points.", denied.getMessage());
    }

    @Test
    void theWarehouseChangesStockAndTheChangeIsAudited() {
        Session walter = f.signIn("walter");
        Product blender = f.products.findBySku(walter, "BLE-500").orElseThrow();
        Product restocked = f.products.save(walter, with(blender, blender.name(), 2, 4));
        assertTrue(restocked.needsReorder());
        assertTrue(f.products.needingReorder(walter).stream().anyMatch(p -> p.sku().equals("BLE-500")));
        List<FieldChange> changes = f.audit.changes(walter, new RecordRef(RecordType.PRODUCT, blender.id()));
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Stock on hand")
                && c.oldValue().equals(Integer.toString(blender.stockOnHand())) && c.newValue().equals("2")), changes.toString());
    }

    @Test
    void picturesAreStoredAndReplacedWithAnAuditEntry() {
        Session walter = f.signIn("walter");
        Product kettle = f.products.findBySku(walter, "KET-020").orElseThrow();
        assertTrue(f.products.image(walter, kettle.id()).isPresent(), "demo products have pictures");
        byte[] gif = { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0 };
        Product updated = f.products.setImage(walter, kettle.id(), kettle.version(), new ProductImage("image/gif", gif));
        assertArrayEquals(gif, f.products.image(walter, kettle.id()).orElseThrow().data());
        Product cleared = f.products.setImage(walter, kettle.id(), updated.version(), null);
        assertFalse(cleared.hasImage());
        assertTrue(f.products.image(walter, kettle.id()).isEmpty());
        assertThrows(ValidationException.class, () -> f.products.setImage(walter, kettle.id(), cleared.version(),
                new ProductImage("application/pdf", gif)));
    }

    @Test
    void skuMustBeUniqueAndPriceNonNegative() {
        Session walter = f.signIn("walter");
        Product copy = new Product(0, 0, "vac-100", "Another vacuum", "", new BigDecimal("-1"), 0, 0, false, 0);
        ValidationException e = assertThrows(ValidationException.class, () -> f.products.save(walter, copy));
        assertEquals("price", e.errors().get(0).field());
        Product sameSku = new Product(0, 0, "vac-100", "Another vacuum", "", BigDecimal.TEN, 0, 0, false, 0);
        ValidationException dup = assertThrows(ValidationException.class, () -> f.products.save(walter, sameSku));
        assertEquals("SKU vac-100 is already used by another product.", dup.errors().get(0).message());
    }

    @Test
    void searchFindsByNameOrSkuPrefix() {
        Session walter = f.signIn("walter");
        assertEquals(List.of("COF-110", "COF-220"), f.products.search(walter, "cof", 0, 10).rows().stream()
                .map(Product::sku).sorted().toList());
        assertEquals(2, f.products.count(walter, "Cof"));
        assertTrue(f.products.search(walter, "espresso", 0, 10).rows().stream().anyMatch(p -> p.sku().equals("COF-220")));
    }
}
