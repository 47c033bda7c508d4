package org.cardfile.ui.customers.internal.products;

import java.util.List;

import org.cardfile.core.model.Product;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ProductRepository;
import org.cardfile.ui.internal.EditorOpener;
import org.cardfile.ui.internal.Topics;
import org.cardfile.ui.internal.widgets.SearchList;
import org.cardfile.ui.internal.widgets.SearchList.Column;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The office's products with stock; rows at or below their reorder point are marked. */
public class ProductsPart {
    @Inject
    private ProductRepository products;
    @Inject
    private Session session;
    @Inject
    private EditorOpener editors;

    private SearchList<Product> list;

    @PostConstruct
    public void create(Composite parent) {
        list = new SearchList<>(parent, "products", "Name or SKU", "New product (Ctrl+Shift+N)",
                List.of(new Column<>("SKU", 80, Product::sku), new Column<>("Name", 190, Product::name),
                        new Column<>("Price", 70, p -> p.price().toPlainString()),
                        new Column<>("Stock", 60, p -> Integer.toString(p.stockOnHand())),
                        new Column<>("Reorder point", 90, p -> Integer.toString(p.reorderPoint()))),
                new SearchList.Source<>() {
                    @Override
                    public long count(String query) {
                        return products.count(session, query);
                    }

                    @Override
                    public List<Product> page(String query, int offset, int limit) {
                        return products.search(session, query, offset, limit).rows();
                    }
                },
                p -> editors.open(new RecordRef(RecordType.PRODUCT, p.id()), p.name()),
                () -> editors.open(new RecordRef(RecordType.PRODUCT, 0), "New product"),
                total -> {
                    int low = products.needingReorder(session).size();
                    return (total == 1 ? "1 product" : total + " products") + (low == 0 ? "" : " · " + low + " to reorder");
                });
        list.decorateRows((item, p) -> {
            if (p.needsReorder()) {
                item.setForeground(item.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        });
    }

    @Inject
    @Optional
    void saved(@UIEventTopic(Topics.PRODUCT_SAVED) RecordRef ref) {
        list.refresh();
    }

    @Inject
    @Optional
    void refresh(@UIEventTopic(Topics.REFRESH) Object any) {
        list.refresh();
    }

    @Inject
    @Optional
    void find(@UIEventTopic(Topics.FIND_PRODUCT) Object any) {
        list.focusSearch();
    }

    @Focus
    public void focus() {
        list.focusSearch();
    }
}
