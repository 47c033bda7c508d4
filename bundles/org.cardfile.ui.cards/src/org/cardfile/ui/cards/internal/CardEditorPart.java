package org.cardfile.ui.cards.internal;

import org.cardfile.ui.internal.cardform.CardForm;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.IncomingCalls;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardSummary;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.cards.CardTransfer;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.model.Office;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.AuditLog;
import org.cardfile.core.service.ContactLog;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.ui.cards.CardEditor;
import org.cardfile.ui.internal.EditorOpener;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.widgets.Buttons;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.Topics;
import org.cardfile.ui.internal.widgets.CallBanner;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * An industry card: the template's pages drawn by {@link CardForm}, its reminders, and the Notes,
 * Field Changes, Call Log and Matching Cards tabs; Save, the card actions installed capabilities
 * contribute (commands tagged {@link CardEditor#ACTION_TAG}: print, e-mail, …) and Send to office on top.
 * A card opened from a call shows the call's banner and is filed under the caller when saved.
 */
public class CardEditorPart implements CardEditor {
    /** Transient data key of a new card's template id (a blank card from the menu). */
    public static final String TEMPLATE = "cardfile.cardTemplate";
    private static final int MATCH_DELAY_MS = 600;

    @Inject
    private Cards cards;
    @Inject
    private CardTemplates templates;
    @Inject
    private AuditLog audit;
    @Inject
    private ContactLog contactLog;
    @Inject
    private Session session;
    @Inject
    private MPart part;
    @Inject
    private ESelectionService selection;
    @Inject
    private IEventBroker events;
    @Inject
    private EditorOpener editors;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private IncomingCalls calls;
    @Inject
    private MApplication application;
    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;

    private Card loaded;
    private CardForm form;
    private Label title;
    private Label message;
    private CallBanner banner;
    private RemindersTab reminders;
    private NotesTab notes;
    private CardChangesTab changes;
    private CallLogTab callLog;
    private MatchingCardsTab matching;
    private ContributedActions contributed;
    private Button customerButton;
    private Button sendButton;
    private boolean showing;
    private int matchGeneration;
    private CardIdentity matchedFor;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        IncomingCall call = part.getTransientData().remove(EditorOpener.CALL) instanceof IncomingCall c ? c : null;
        Card card;
        CardLayout layout;
        try {
            card = open(call);
            layout = templates.layout(session, card.templateId());
        } catch (RuntimeException e) {
            Label failed = Ids.tag(new Label(parent, SWT.WRAP), "card.message");
            failed.setText(Problems.describe("open the card", e));
            failed.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            return;
        }
        // the card actions' handlers find the card they act on here
        part.getContext().set(CardEditor.class, this);
        contributed = new ContributedActions(application, commands, handlers);
        header(parent);
        banner = new CallBanner(parent);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        CTabFolder pages = Ids.tag(new CTabFolder(sash, SWT.BORDER), "card.pages");
        form = new CardForm(pages, layout, this::changed);
        if (!layout.reminderKinds().isEmpty()) {
            reminders = new RemindersTab(pages, layout.reminderKinds(), contributed, this::changed,
                    session.may(Permission.EDIT_CARDS));
            tab(pages, "Follow-ups", reminders.control(), "card.page.reminders");
        }
        pages.setSelection(0);

        CTabFolder tabs = Ids.tag(new CTabFolder(sash, SWT.BORDER), "card.tabs");
        notes = new NotesTab(tabs, cards, session, this::problem);
        changes = new CardChangesTab(tabs, audit, session, this::problem);
        callLog = new CallLogTab(tabs, cards, session, this::problem);
        matching = new MatchingCardsTab(tabs, cards, session, this::problem, this::fillFrom,
                session.may(Permission.EDIT_CARDS));
        matching.onOpen(id -> editors.open(new RecordRef(RecordType.CARD, id), "Card"));
        tab(tabs, "Notes", notes.control(), "card.tab.notes");
        tab(tabs, "Field Changes", changes.control(), "card.tab.changes");
        tab(tabs, "Call Log", callLog.control(), "card.tab.calllog");
        tab(tabs, "Matching Cards", matching.control(), "card.tab.matches");
        tabs.setSelection(0);
        sash.setWeights(64, 36);

        show(card);
        form.setEditable(session.may(Permission.EDIT_CARDS));
        if (call != null) {
            banner.show(call);
        }
        if (card.isNew()) {
            // a card opened for a call is what the rep is about to save: nothing is lost by closing it by mistake
            part.setDirty(call != null);
        }
        scheduleMatching();
    }

    private Card open(IncomingCall call) {
        RecordRef input = (RecordRef) part.getTransientData().get(EditorOpener.INPUT);
        if (input != null && input.id() != 0) {
            return cards.get(session, input.id());
        }
        if (call != null) {
            return cards.forCall(session, call.id(), (String) part.getTransientData().getOrDefault(TEMPLATE, ""),
                    ZoneId.systemDefault());
        }
        return cards.blank(session, (String) part.getTransientData().get(TEMPLATE), ZoneId.systemDefault());
    }

    private void header(Composite parent) {
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayout(new GridLayout(1, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title = Ids.tag(new Label(header, SWT.NONE), "card.title");
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // the actions get a row of their own so a long card title is never cut off by them
        Composite actions = new Composite(header, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginLeft = 0;
        row.wrap = true;
        actions.setLayout(row);
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button save = Buttons.push(actions, "card.save", "Save", "Save (Ctrl+S)", this::save);
        save.setEnabled(session.may(Permission.EDIT_CARDS));
        customerButton = Buttons.push(actions, "card.customer", "Customer record", "Open the customer this card is filed under",
                this::openCustomer);
        contributed.addTo(actions, CardEditor.ACTION_TAG);
        sendButton = Buttons.push(actions, "card.send", "Send to office…",
                "Send to Community: transfer the card with its history to another office", this::sendToOffice);
        message = Ids.tag(new Label(header, SWT.WRAP), "card.message");
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.exclude = true;
        message.setLayoutData(messageData);
    }

    private static void tab(CTabFolder folder, String label, Control control, String id) {
        CTabItem item = Ids.tag(new CTabItem(folder, SWT.NONE), id);
        item.setText(label);
        item.setControl(control);
    }

    private void show(Card card) {
        showing = true;
        try {
            loaded = card;
            form.show(card.values());
            if (reminders != null) {
                reminders.show(card.reminders());
            }
            CardLayout layout = form.layout();
            String name = card.isNew() ? "New " + layout.name().toLowerCase() : layout.titleOf(card.values());
            String from = card.transferredFrom().isEmpty() ? "" : "  ·  transferred from " + card.transferredFrom();
            title.setText(layout.name() + (card.isNew() ? "" : ": " + name) + from);
            part.setLabel(name);
            part.setTooltip(layout.name());
            customerButton.setEnabled(card.customerId() != 0);
            sendButton.setEnabled(!card.isNew() && session.may(Permission.SEND_CARDS));
            notes.show(card);
            changes.show(card);
            callLog.show(card);
            part.setDirty(false);
            title.getParent().layout(true, true);
        } finally {
            showing = false;
        }
    }

    @Override
    public CardSummary summary() {
        return summary(current());
    }

    @Override
    public java.util.Optional<CardReminder> selectedReminder() {
        return reminders == null ? java.util.Optional.empty() : reminders.selectedReminder();
    }

    private CardSummary summary(Card card) {
        return new CardSummary(card.id(), card.templateId(), form.layout().name(), form.layout().titleOf(card.values()),
                card.customerId(), card.updatedAt(), card.updatedBy(), card.transferredFrom());
    }

    private void changed() {
        if (!showing) {
            part.setDirty(true);
            scheduleMatching();
        }
    }

    /**
     * Looks for matching cards once the rep has paused typing for a moment, and only when the name,
     * phone, e-mail or address changed: each keystroke starts the wait again.
     */
    private void scheduleMatching() {
        int generation = ++matchGeneration;
        Display.getCurrent().timerExec(MATCH_DELAY_MS, () -> {
            if (title.isDisposed() || generation != matchGeneration) {
                return;
            }
            Map<String, String> values = current().values();
            CardIdentity identity = CardIdentity.of(form.layout(), values);
            if (!identity.equals(matchedFor)) {
                matchedFor = identity;
                matching.refresh(loaded.templateId(), values, loaded.id());
            }
        });
    }

    @Override
    public CardLayout layout() {
        return form.layout();
    }

    @Override
    public Optional<Card> saved(String doing) {
        return savedAndClean(doing) ? Optional.of(loaded) : Optional.empty();
    }

    @Override
    public Shell shell() {
        return title.getShell();
    }

    @Override
    public void problem(String doing, RuntimeException failure) {
        problem(Problems.describe(doing, failure));
    }

    @Override
    public void historyChanged() {
        notes.show(loaded);
        callLog.show(loaded);
    }

    @Override
    public boolean isOpen() {
        return title != null && !title.isDisposed();
    }

    @Override
    public Card current() {
        Card card = loaded.withValues(form.read(loaded.values()));
        return reminders == null ? card : card.withReminders(reminders.read());
    }

    @Persist
    public void save() {
        form.clearErrors();
        MessageLine.show(message, "");
        try {
            Card saved = cards.save(session, current());
            show(saved);
            RecordRef ref = new RecordRef(RecordType.CARD, saved.id());
            part.getTransientData().put(EditorOpener.INPUT, ref);
            // the customer list learns of a customer the save created; the card's own changes are shown last
            if (saved.customerId() != 0) {
                events.post(Topics.CUSTOMER_SAVED, new RecordRef(RecordType.CUSTOMER, saved.customerId()));
            }
            selection.setSelection(ref);
            events.post(Topics.CARD_SAVED, ref);
            refreshCall();
        } catch (ValidationException e) {
            List<FieldError> unplaced = form.place(e.errors());
            problem(unplaced.isEmpty() ? "The card was not saved: " + e.errors().size() + " field"
                    + (e.errors().size() == 1 ? " needs" : "s need") + " attention."
                    : unplaced.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        } catch (RuntimeException e) {
            problem(Problems.describe("save the card", e));
        }
    }

    private void refreshCall() {
        IncomingCall shown = banner.call();
        if (shown != null && calls != null) {
            try {
                banner.show(calls.get(session, shown.id()));
            } catch (RuntimeException e) {
                problem(Problems.describe("read the call", e));
            }
        }
    }

    private void fillFrom(long otherCardId) {
        try {
            Card filled = cards.fillFrom(session, current(), otherCardId);
            showing = true;
            try {
                form.show(filled.values());
            } finally {
                showing = false;
            }
            part.setDirty(true);
            say("Filled the empty fields from the matching card; check them and save.");
        } catch (RuntimeException e) {
            problem(Problems.describe("fill the card from the matching card", e));
        }
    }

    private void openCustomer() {
        if (loaded.customerId() != 0) {
            editors.open(new RecordRef(RecordType.CUSTOMER, loaded.customerId()),
                    CardIdentity.of(form.layout(), loaded.values()).displayName());
        }
    }

    private boolean savedAndClean(String doing) {
        if (loaded.isNew() || part.isDirty()) {
            problem("Save the card before you " + doing + ".");
            return false;
        }
        return true;
    }

    private void sendToOffice() {
        if (!savedAndClean("send it")) {
            return;
        }
        List<Office> offices;
        try {
            offices = cards.destinations(session);
        } catch (RuntimeException e) {
            problem(Problems.describe("list the offices", e));
            return;
        }
        if (offices.isEmpty()) {
            problem("There is no other office to send the card to.");
            return;
        }
        SendToOfficeDialog dialog = new SendToOfficeDialog(title.getShell(), offices,
                form.layout().titleOf(loaded.values()));
        if (dialog.open() != SendToOfficeDialog.OK) {
            return;
        }
        try {
            CardTransfer transfer = cards.sendToOffice(session, loaded.id(), dialog.office().id(), dialog.note());
            notes.show(loaded);
            say("Sent to " + transfer.officeName() + ": it waits in their incoming list as a transfer.");
        } catch (RuntimeException e) {
            problem(Problems.describe("send the card", e));
        }
    }

    @Override
    public void say(String text) {
        if (!message.isDisposed()) {
            message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            MessageLine.show(message, text);
        }
    }

    @Override
    public void problem(String text) {
        if (!message.isDisposed()) {
            message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            MessageLine.show(message, text);
        }
    }

    /** The open card was picked again from the incoming list (a transfer, or its call): show that call's banner. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void inputAdded(@UIEventTopic(Topics.EDITOR_INPUT) MPart target) {
        if (target == part && banner != null && part.getTransientData().remove(EditorOpener.CALL) instanceof IncomingCall c) {
            banner.show(c);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void callChanged(@UIEventTopic(CallTopics.CHANGED) Event event) {
        IncomingCall shown = banner == null ? null : banner.call();
        if (shown != null && Long.valueOf(shown.id()).equals(event.getProperty(CallTopics.CALL_ID))) {
            refreshCall();
        }
    }

    @Focus
    public void focus() {
        if (loaded != null && !loaded.isNew()) {
            selection.setSelection(new RecordRef(RecordType.CARD, loaded.id()));
        }
        if (form != null) {
            form.focusFirstEmpty();
        }
    }
}
