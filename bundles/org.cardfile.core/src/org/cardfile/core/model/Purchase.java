package org.cardfile.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a customer bought: the "product purchase information" of the customer record. */
public record Purchase(long id, long customerId, long productId, String sku, String productName, int quantity,
        BigDecimal unitPrice, LocalDate purchasedOn, String serialNumber) {
}
