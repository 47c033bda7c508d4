package org.cardfile.ui.customers.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.IncomingCalls;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.CodeCatalog;
import org.cardfile.core.service.ContactLog;
import org.cardfile.core.service.CustomerRepository;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ProductRepository;
import org.cardfile.core.service.PurchaseRepository;
import org.cardfile.core.service.ValidationException;
import org.cardfile.ui.internal.EditorOpener;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.Topics;
import org.cardfile.ui.internal.widgets.CallBanner;
import org.cardfile.ui.internal.widgets.CardList;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The customer record: contact data on top, contact history and purchases below. Saving sends the
 * typed values to the repository; a refusal is shown beside the fields and nothing typed is lost.
 */
public class CustomerEditorPart {
    @Inject
    private CustomerRepository customers;
    @Inject
    private ContactLog contactLog;
    @Inject
    private CodeCatalog codes;
    @Inject
    private PurchaseRepository purchases;
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
    @Inject
    @Optional
    private IncomingCalls calls;
    @Inject
    @Optional
    private Cards cards;
    @Inject
    private EditorOpener editors;

    private Customer loaded;
    private CustomerForm form;
    private ContactsSection contacts;
    private PurchasesSection purchaseList;
    private Label message;
    private Label title;
    private CallBanner banner;
    private CardList cardList;
    private boolean showing;

    @PostConstruct
    public void create(Composite parent) {
        RecordRef input = (RecordRef) part.getTransientData().get(EditorOpener.INPUT);
        parent.setLayout(new GridLayout(1, false));
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayout(new GridLayout(2, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title = new Label(header, SWT.NONE);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button save = Ids.tag(new Button(header, SWT.PUSH), "customer.save");
        save.setText("Save");
        save.setToolTipText("Save (Ctrl+S)");
        save.addListener(SWT.Selection, e -> save());
        message = Ids.tag(new Label(header, SWT.WRAP), "customer.message");
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        messageData.exclude = true;
        message.setLayoutData(messageData);
        banner = new CallBanner(parent);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ScrolledComposite scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        form = new CustomerForm(body, e -> changed());
        scroll.setContent(body);
        body.addListener(SWT.Resize, e -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));

        CTabFolder tabs = new CTabFolder(sash, SWT.BORDER);
        contacts = new ContactsSection(tabs, contactLog, codes, session);
        purchaseList = new PurchasesSection(tabs, purchases, products, session);
        tab(tabs, "Contact history", contacts.control());
        tab(tabs, "Purchases", purchaseList.control());
        if (cards != null && editors.canOpen(RecordType.CARD)) {
            cardList = new CardList(tabs, "customer.cards", editors);
            tab(tabs, "Cards", cardList.control());
        }
        tabs.setSelection(0);
        sash.setWeights(60, 40);

        boolean editable = session.may(Permission.EDIT_CUSTOMERS);
        save.setEnabled(editable);
        try {
            show(input.id() == 0 ? Customer.blank() : customers.get(session, input.id()));
        } catch (RuntimeException e) {
            show(Customer.blank());
            MessageLine.show(message, Problems.describe("open the customer", e));
        }
        takeCall();
        form.setEditable(editable);
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private static void tab(CTabFolder tabs, String label, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(label);
        item.setControl(control);
    }

    private void show(Customer customer) {
        showing = true;
        try {
            loaded = customer;
            form.show(customer);
            String name = customer.isNew() ? "New customer" : customer.displayName();
            title.setText(customer.isNew() ? name : name + "  ·  " + customer.customerNumber());
            part.setLabel(name);
            contacts.setCustomer(customer.id());
            purchaseList.setCustomer(customer.id());
            showCards();
            part.setDirty(false);
            title.getParent().layout(true, true);
        } finally {
            showing = false;
        }
    }

    private void showCards() {
        if (cardList == null || loaded.isNew()) {
            return;
        }
        try {
            cardList.show(cards.forCustomer(session, loaded.id()));
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("list the customer's cards", e));
        }
    }

    @Inject
    @Optional
    void cardSaved(@UIEventTopic(Topics.CARD_SAVED) RecordRef card) {
        if (loaded != null) {
            showCards();
        }
    }

    private void changed() {
        if (!showing) {
            part.setDirty(true);
        }
    }

    @Persist
    public void save() {
        form.clearErrors();
        MessageLine.show(message, "");
        try {
            Customer saved = customers.save(session, form.read(loaded));
            show(saved);
            fileCall(saved);
            RecordRef ref = new RecordRef(RecordType.CUSTOMER, saved.id());
            part.getTransientData().put(EditorOpener.INPUT, ref);
            selection.setSelection(ref);
            events.post(Topics.CUSTOMER_SAVED, ref);
        } catch (ValidationException e) {
            List<FieldError> unplaced = form.place(e.errors());
            if (!unplaced.isEmpty()) {
                MessageLine.show(message, unplaced.stream().map(FieldError::message).collect(Collectors.joining(" ")));
            }
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("save the customer", e));
        }
    }

    /**
     * A call picked for this record: the banner shows it, and a new record starts with the caller's
     * number and name, unsaved, so the rep types the rest and saves.
     */
    private void takeCall() {
        if (!(part.getTransientData().remove(EditorOpener.CALL) instanceof IncomingCall call)) {
            return;
        }
        banner.show(call);
        if (loaded.isNew() && part.getTransientData().remove(EditorOpener.PREFILL) instanceof Customer prefill) {
            form.show(prefill);
            part.setDirty(true);
        }
    }

    @Inject
    @Optional
    void inputAdded(@UIEventTopic(Topics.EDITOR_INPUT) MPart target) {
        if (target == part && banner != null) {
            takeCall();
        }
    }

    @Inject
    @Optional
    void callChanged(@UIEventTopic(CallTopics.CHANGED) Event event) {
        IncomingCall shown = banner == null ? null : banner.call();
        if (shown != null && calls != null && Long.valueOf(shown.id()).equals(event.getProperty(CallTopics.CALL_ID))) {
            try {
                banner.show(calls.get(session, shown.id()));
            } catch (RuntimeException e) {
                MessageLine.show(message, Problems.describe("read the call", e));
            }
        }
    }

    /** The call this record was opened for is filed under it once the record is saved. */
    private void fileCall(Customer saved) {
        IncomingCall call = banner.call();
        if (call == null || calls == null || call.customerId() == saved.id()) {
            return;
        }
        try {
            banner.show(calls.fileUnder(session, call.id(), saved.id()));
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("file the call under this customer", e));
        }
    }

    /** Called by the Log contact command. */
    public void focusContactLog() {
        contacts.focusNotes();
    }

    @Focus
    public void focus() {
        if (!loaded.isNew()) {
            selection.setSelection(new RecordRef(RecordType.CUSTOMER, loaded.id()));
        }
        form.focusFirstName();
    }
}
