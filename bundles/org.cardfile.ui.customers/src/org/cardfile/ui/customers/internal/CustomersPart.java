package org.cardfile.ui.customers.internal;

import java.util.List;

import org.cardfile.core.model.CustomerSummary;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.CustomerRepository;
import org.cardfile.ui.internal.EditorOpener;
import org.cardfile.ui.internal.Topics;
import org.cardfile.ui.internal.widgets.SearchList;
import org.cardfile.ui.internal.widgets.SearchList.Column;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Search-as-you-type over the office's customers, in a virtual table that reads only what it shows. */
public class CustomersPart {
    @Inject
    private CustomerRepository customers;
    @Inject
    private Session session;
    @Inject
    private EditorOpener editors;

    private SearchList<CustomerSummary> list;

    @PostConstruct
    public void create(Composite parent) {
        list = new SearchList<>(parent, "customers", "Name, phone, e-mail or customer number", "New customer (Ctrl+N)",
                List.of(new Column<>("Number", 80, CustomerSummary::customerNumber),
                        new Column<>("Name", 170, CustomerSummary::displayName),
                        new Column<>("Phone", 110, CustomerSummary::phone),
                        new Column<>("E-mail", 170, CustomerSummary::email),
                        new Column<>("City", 90, CustomerSummary::city)),
                new SearchList.Source<>() {
                    @Override
                    public long count(String query) {
                        return customers.count(session, query);
                    }

                    @Override
                    public List<CustomerSummary> page(String query, int offset, int limit) {
                        return customers.search(session, query, offset, limit).rows();
                    }
                },
                c -> editors.open(new RecordRef(RecordType.CUSTOMER, c.id()), c.displayName()),
                () -> editors.open(new RecordRef(RecordType.CUSTOMER, 0), "New customer"),
                total -> total == 1 ? "1 customer" : total + " customers");
    }

    @Inject
    @Optional
    void saved(@UIEventTopic(Topics.CUSTOMER_SAVED) RecordRef ref) {
        list.refresh();
    }

    @Inject
    @Optional
    void refresh(@UIEventTopic(Topics.REFRESH) Object any) {
        list.refresh();
    }

    @Inject
    @Optional
    void find(@UIEventTopic(Topics.FIND_CUSTOMER) Object any) {
        list.focusSearch();
    }

    @Focus
    public void focus() {
        list.focusSearch();
    }
}
