package org.cardfile.ui.customers.internal.products;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.cardfile.core.model.Product;
import org.cardfile.core.model.ProductImage;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ProductRepository;
import org.cardfile.core.service.ValidationException;
import org.cardfile.ui.internal.EditorOpener;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.Topics;
import org.cardfile.ui.internal.widgets.FieldRow;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** A product: details, price, picture, stock and reorder point. */
public class ProductEditorPart {
    @Inject
    private ProductRepository products;
    @Inject
    private Session session;
    @Inject
    private MPart part;
    @Inject
    private ESelectionService selection;
    @Inject
    private IEventBroker events;

    private Product loaded;
    private FieldRow sku;
    private FieldRow name;
    private FieldRow description;
    private FieldRow price;
    private FieldRow stock;
    private FieldRow reorder;
    private Label picture;
    private Image image;
    private Label warning;
    private Label message;
    private Button choose;
    private Button remove;
    private boolean showing;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Composite grid = new Composite(parent, SWT.NONE);
        grid.setLayout(new GridLayout(2, false));
        grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        sku = new FieldRow(grid, "SKU", "product.sku");
        name = new FieldRow(grid, "Name", "product.name");
        description = new FieldRow(grid, "Description", "product.description", SWT.BORDER | SWT.MULTI | SWT.WRAP);
        price = new FieldRow(grid, "Price", "product.price");
        stock = new FieldRow(grid, "Stock on hand", "product.stockOnHand");
        reorder = new FieldRow(grid, "Reorder point", "product.reorderPoint");
        for (FieldRow row : new FieldRow[] { sku, name, description, price, stock, reorder }) {
            row.text().addListener(SWT.Modify, e -> changed());
        }
        Composite side = new Composite(parent, SWT.NONE);
        side.setLayout(new GridLayout(2, true));
        side.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false));
        picture = Ids.tag(new Label(side, SWT.BORDER | SWT.CENTER), "product.image");
        GridData pictureData = new GridData(SWT.CENTER, SWT.TOP, false, false, 2, 1);
        pictureData.widthHint = 200;
        pictureData.heightHint = 160;
        picture.setLayoutData(pictureData);
        choose = Ids.tag(new Button(side, SWT.PUSH), "product.chooseImage");
        choose.setText("Choose image…");
        choose.addListener(SWT.Selection, e -> chooseImage());
        remove = Ids.tag(new Button(side, SWT.PUSH), "product.removeImage");
        remove.setText("Remove image");
        remove.addListener(SWT.Selection, e -> setImage(null));
        warning = Ids.tag(new Label(parent, SWT.NONE), "product.reorderWarning");
        warning.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        warning.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Button save = Ids.tag(new Button(parent, SWT.PUSH), "product.save");
        save.setText("Save");
        save.setToolTipText("Save (Ctrl+S)");
        save.addListener(SWT.Selection, e -> save());
        message = Ids.tag(new Label(parent, SWT.WRAP), "product.message");
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        boolean details = session.may(Permission.EDIT_PRODUCTS);
        boolean stockAllowed = session.may(Permission.CHANGE_STOCK);
        for (FieldRow row : new FieldRow[] { sku, name, description, price }) {
            row.text().setEditable(details);
        }
        stock.text().setEditable(stockAllowed);
        reorder.text().setEditable(stockAllowed);
        save.setEnabled(details);
        RecordRef input = (RecordRef) part.getTransientData().get(EditorOpener.INPUT);
        try {
            show(input.id() == 0 ? Product.blank() : products.get(session, input.id()));
        } catch (RuntimeException e) {
            show(Product.blank());
            MessageLine.show(message, Problems.describe("open the product", e));
        }
    }

    private void show(Product p) {
        showing = true;
        try {
            loaded = p;
            sku.show(p.sku());
            name.show(p.name());
            description.show(p.description());
            price.show(p.isNew() ? "" : p.price().toPlainString());
            stock.show(Integer.toString(p.stockOnHand()));
            reorder.show(Integer.toString(p.reorderPoint()));
            warning.setText(!p.isNew() && p.needsReorder() ? "At or below the reorder point: order more from the supplier." : "");
            part.setLabel(p.isNew() ? "New product" : p.name());
            boolean canEdit = session.may(Permission.EDIT_PRODUCTS) && !p.isNew();
            choose.setEnabled(canEdit);
            remove.setEnabled(canEdit && p.hasImage());
            showPicture(p);
            part.setDirty(false);
        } finally {
            showing = false;
        }
    }

    private void showPicture(Product p) {
        disposeImage();
        picture.setText(p.hasImage() ? "" : "No picture");
        if (p.hasImage()) {
            products.image(session, p.id()).ifPresent(i -> {
                image = new Image(picture.getDisplay(), new ByteArrayInputStream(i.data()));
                picture.setImage(image);
            });
        } else {
            picture.setImage(null);
        }
    }

    private void changed() {
        if (!showing) {
            part.setDirty(true);
        }
    }

    @Persist
    public void save() {
        for (FieldRow row : new FieldRow[] { sku, name, description, price, stock, reorder }) {
            row.clearError();
        }
        MessageLine.show(message, "");
        BigDecimal priceValue;
        int stockValue;
        int reorderValue;
        try {
            priceValue = price.value().isEmpty() ? BigDecimal.ZERO : new BigDecimal(price.value());
        } catch (NumberFormatException e) {
            price.error("Enter a price like 19.99.");
            return;
        }
        try {
            stockValue = Integer.parseInt(stock.value());
            reorderValue = Integer.parseInt(reorder.value());
        } catch (NumberFormatException e) {
            stock.error("Stock and reorder point are whole numbers.");
            return;
        }
        try {
            Product saved = products.save(session, new Product(loaded.id(), loaded.version(), sku.value(), name.value(),
                    description.text().getText(), priceValue, stockValue, reorderValue, loaded.hasImage(),
                    loaded.officeId()));
            afterSave(saved);
        } catch (ValidationException e) {
            Map<String, FieldRow> rows = Map.of("sku", sku, "name", name, "description", description, "price", price,
                    "stockOnHand", stock, "reorderPoint", reorder);
            for (FieldError error : e.errors()) {
                FieldRow row = rows.get(error.field());
                if (row != null) {
                    row.error(error.message());
                } else {
                    MessageLine.show(message, error.message());
                }
            }
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("save the product", e));
        }
    }

    private void afterSave(Product saved) {
        show(saved);
        RecordRef ref = new RecordRef(RecordType.PRODUCT, saved.id());
        part.getTransientData().put(EditorOpener.INPUT, ref);
        selection.setSelection(ref);
        events.post(Topics.PRODUCT_SAVED, ref);
    }

    private void chooseImage() {
        FileDialog dialog = new FileDialog(picture.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.gif" });
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            String lower = file.toLowerCase(Locale.ROOT);
            String type = lower.endsWith(".png") ? "image/png" : lower.endsWith(".gif") ? "image/gif" : "image/jpeg";
            setImage(new ProductImage(type, Files.readAllBytes(Path.of(file))));
        } catch (IOException e) {
            MessageLine.show(message, "Could not read " + file + ": " + e.getMessage());
        }
    }

    private void setImage(ProductImage newImage) {
        try {
            afterSave(products.setImage(session, loaded.id(), loaded.version(), newImage));
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("change the picture", e));
        }
    }

    @Focus
    public void focus() {
        if (!loaded.isNew()) {
            selection.setSelection(new RecordRef(RecordType.PRODUCT, loaded.id()));
        }
        sku.text().setFocus();
    }

    @PreDestroy
    public void disposeImage() {
        if (image != null && !image.isDisposed()) {
            image.dispose();
        }
        image = null;
    }
}
