package org.cardfile.ui.customers.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.cardfile.core.model.Product;
import org.cardfile.core.model.Purchase;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ProductRepository;
import org.cardfile.core.service.PurchaseRepository;
import org.cardfile.core.service.ValidationException;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** What the customer bought, and a line to record another purchase by SKU. */
final class PurchasesSection {
    private final PurchaseRepository purchases;
    private final ProductRepository products;
    private final Session session;
    private final Composite root;
    private final Table table;
    private final Text sku;
    private final Text quantity;
    private final Text date;
    private final Text serial;
    private final Button record;
    private final Label message;
    private long customerId;

    PurchasesSection(Composite parent, PurchaseRepository purchases, ProductRepository products, Session session) {
        this.purchases = purchases;
        this.products = products;
        this.session = session;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(5, false));
        table = Ids.tag(new Table(root, SWT.BORDER | SWT.FULL_SELECTION), "customer.purchases");
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        String[] titles = { "Date", "SKU", "Product", "Qty", "Unit price", "Serial" };
        int[] widths = { 90, 80, 170, 40, 80, 120 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        sku = text("purchase.sku", "SKU", 80);
        quantity = text("purchase.quantity", "Qty", 40);
        quantity.setText("1");
        date = text("purchase.date", "yyyy-mm-dd", 90);
        date.setText(LocalDate.now().toString());
        serial = text("purchase.serial", "Serial number", 110);
        record = Ids.tag(new Button(root, SWT.PUSH), "purchase.record");
        record.setText("Record purchase");
        record.addListener(SWT.Selection, e -> recordPurchase());
        message = Ids.tag(new Label(root, SWT.WRAP), "purchase.message");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1);
        data.exclude = true;
        message.setLayoutData(data);
        setCustomer(0);
    }

    Composite control() {
        return root;
    }

    private Text text(String id, String hint, int width) {
        Text t = Ids.tag(new Text(root, SWT.BORDER), id);
        t.setMessage(hint);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = width;
        t.setLayoutData(data);
        return t;
    }

    void setCustomer(long id) {
        customerId = id;
        record.setEnabled(id != 0);
        reload();
    }

    private void recordPurchase() {
        try {
            Product product = products.findBySku(session, sku.getText().strip()).orElse(null);
            if (product == null) {
                MessageLine.show(message, "No product with SKU '" + sku.getText().strip() + "' in this office.");
                return;
            }
            int qty = Integer.parseInt(quantity.getText().strip());
            LocalDate on = LocalDate.parse(date.getText().strip());
            purchases.record(session, new Purchase(0, customerId, product.id(), product.sku(), product.name(), qty,
                    null, on, serial.getText()));
            sku.setText("");
            serial.setText("");
            MessageLine.show(message, "");
            reload();
        } catch (NumberFormatException e) {
            MessageLine.show(message, "Quantity must be a whole number: " + quantity.getText());
        } catch (DateTimeParseException e) {
            MessageLine.show(message, "Enter the date as yyyy-mm-dd: " + date.getText());
        } catch (ValidationException e) {
            MessageLine.show(message, e.errors().stream().map(x -> x.message()).reduce((a, b) -> a + " " + b).orElse(""));
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("record the purchase", e));
        }
    }

    void reload() {
        table.removeAll();
        if (customerId == 0) {
            return;
        }
        try {
            for (Purchase p : purchases.forCustomer(session, customerId)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { p.purchasedOn().toString(), p.sku(), p.productName(),
                        Integer.toString(p.quantity()), p.unitPrice().toPlainString(), p.serialNumber() });
            }
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("read the purchases", e));
        }
    }
}
