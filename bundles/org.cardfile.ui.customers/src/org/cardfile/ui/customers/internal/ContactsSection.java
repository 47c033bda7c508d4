package org.cardfile.ui.customers.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.cardfile.core.model.Channel;
import org.cardfile.core.model.Code;
import org.cardfile.core.model.CodeKind;
import org.cardfile.core.model.Direction;
import org.cardfile.core.model.Interaction;
import org.cardfile.core.model.InteractionDraft;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.CodeCatalog;
import org.cardfile.core.service.ContactLog;
import org.cardfile.core.service.ValidationException;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The customer's contact history and the form that logs a new contact with problem and solution codes. */
final class ContactsSection {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ContactLog log;
    private final Session session;
    private final Composite root;
    private final Table table;
    private final Combo channel;
    private final Combo direction;
    private final Combo problem;
    private final Combo solution;
    private final Text notes;
    private final Button logButton;
    private final Label message;
    private final List<Code> problems;
    private final List<Code> solutions;
    private long customerId;

    ContactsSection(Composite parent, ContactLog log, CodeCatalog codes, Session session) {
        this.log = log;
        this.session = session;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(6, false));
        table = Ids.tag(new Table(root, SWT.BORDER | SWT.FULL_SELECTION), "customer.contacts");
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        String[] titles = { "When", "Channel", "Direction", "Who", "Problem", "Solution", "Notes" };
        int[] widths = { 120, 70, 70, 100, 60, 60, 220 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        problems = codes.codes(session, CodeKind.PROBLEM).stream().filter(Code::active).toList();
        solutions = codes.codes(session, CodeKind.SOLUTION).stream().filter(Code::active).toList();
        channel = combo("contact.channel", Arrays.stream(Channel.values()).map(Channel::label).toArray(String[]::new));
        direction = combo("contact.direction", new String[] { "Inbound", "Outbound" });
        problem = combo("contact.problem", labels(problems));
        solution = combo("contact.solution", labels(solutions));
        notes = Ids.tag(new Text(root, SWT.BORDER), "contact.notes");
        notes.setMessage("What was discussed");
        notes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        logButton = Ids.tag(new Button(root, SWT.PUSH), "contact.log");
        logButton.setText("Log contact");
        logButton.addListener(SWT.Selection, e -> logContact());
        message = Ids.tag(new Label(root, SWT.WRAP), "contact.message");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 6, 1);
        data.exclude = true;
        message.setLayoutData(data);
        setCustomer(0);
    }

    Composite control() {
        return root;
    }

    private Combo combo(String id, String[] items) {
        Combo c = Ids.tag(new Combo(root, SWT.READ_ONLY), id);
        c.setItems(items);
        c.select(0);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = 110;
        c.setLayoutData(data);
        return c;
    }

    private static String[] labels(List<Code> codes) {
        String[] labels = new String[codes.size() + 1];
        labels[0] = "(none)";
        for (int i = 0; i < codes.size(); i++) {
            labels[i + 1] = codes.get(i).label();
        }
        return labels;
    }

    /** A new customer has no history yet: logging waits until it is saved. */
    void setCustomer(long id) {
        customerId = id;
        logButton.setEnabled(id != 0);
        reload();
    }

    void focusNotes() {
        notes.setFocus();
    }

    void logContact() {
        if (customerId == 0) {
            MessageLine.show(message, "Save the customer first, then log the contact.");
            return;
        }
        try {
            log.log(session, new InteractionDraft(customerId, Channel.values()[channel.getSelectionIndex()],
                    direction.getSelectionIndex() == 0 ? Direction.INBOUND : Direction.OUTBOUND,
                    code(problems, problem), code(solutions, solution), notes.getText()));
            notes.setText("");
            MessageLine.show(message, "");
            reload();
        } catch (ValidationException e) {
            MessageLine.show(message, e.errors().stream().map(x -> x.message()).reduce((a, b) -> a + " " + b).orElse(""));
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("log the contact", e));
        }
    }

    private static String code(List<Code> codes, Combo combo) {
        int i = combo.getSelectionIndex();
        return i <= 0 ? "" : codes.get(i - 1).code();
    }

    void reload() {
        table.removeAll();
        if (customerId == 0) {
            return;
        }
        try {
            for (Interaction i : log.forCustomer(session, customerId)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { WHEN.format(i.at()), i.channel().label(),
                        i.direction() == Direction.INBOUND ? "Inbound" : "Outbound", i.employeeName(), i.problemCode(),
                        i.solutionCode(), i.notes() });
            }
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("read the contact history", e));
        }
    }
}
