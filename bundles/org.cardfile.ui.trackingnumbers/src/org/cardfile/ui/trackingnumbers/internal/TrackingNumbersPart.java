package org.cardfile.ui.trackingnumbers.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cardfile.core.calls.TrackingNumber;
import org.cardfile.core.calls.TrackingNumbers;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.Topics;
import org.cardfile.ui.internal.widgets.FieldRow;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The office's tracking numbers: which advertisement publishes each, where its calls go and which
 * card they open. Everyone sees them; admins add, change and remove them. A refused value is
 * explained beside its field and the typing stays.
 */
public class TrackingNumbersPart {
    private static final String[] COLUMNS = { "Number", "Advertising source", "Media", "Campaign", "Cost/month",
            "Destination", "Card", "Active" };

    @Inject
    private TrackingNumbers numbers;
    @Inject
    private Session session;

    private Table table;
    private List<TrackingNumber> rows = List.of();
    private TrackingNumber editing;
    private Label message;
    private Map<String, FieldRow> fields;
    private Button active;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        table = Ids.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "tracking.list");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 120;
        table.setLayoutData(tableData);
        for (String c : COLUMNS) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c);
            column.setWidth(c.equals("Advertising source") ? 180 : 90);
        }
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && i < rows.size()) {
                edit(rows.get(i));
            }
        });

        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        fields = Map.of("number", new FieldRow(form, "Tracking number", "tracking.number"),
                "advertisingSource", new FieldRow(form, "Advertising source", "tracking.advertisingSource"),
                "media", new FieldRow(form, "Media", "tracking.media"),
                "campaign", new FieldRow(form, "Campaign", "tracking.campaign"),
                "monthlyCost", new FieldRow(form, "Cost per month", "tracking.monthlyCost"),
                "destination", new FieldRow(form, "Put through to", "tracking.destination"),
                "cardTemplate", new FieldRow(form, "Card template", "tracking.cardTemplate"));
        new Label(form, SWT.NONE);
        active = Ids.tag(new Button(form, SWT.CHECK), "tracking.active");
        active.setText("Routes calls");
        message = Ids.tag(new Label(parent, SWT.WRAP), "tracking.message");
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.exclude = true;
        message.setLayoutData(messageData);

        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(3, true));
        boolean admin = session.may(Permission.MANAGE_TRACKING_NUMBERS);
        button(buttons, "New", "tracking.new", admin, () -> edit(blank()));
        button(buttons, "Save", "tracking.save", admin, this::save);
        button(buttons, "Remove", "tracking.remove", admin, this::remove);
        fields.values().forEach(f -> f.text().setEditable(admin));
        active.setEnabled(admin);
        edit(blank());
        reload();
    }

    private static void button(Composite parent, String text, String id, boolean enabled, Runnable action) {
        Button b = Ids.tag(new Button(parent, SWT.PUSH), id);
        b.setText(text);
        b.setEnabled(enabled);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private static TrackingNumber blank() {
        return new TrackingNumber(0, 0, "", 0, "", "", "", null, "", "", true);
    }

    private void edit(TrackingNumber n) {
        editing = n;
        fields.values().forEach(FieldRow::clearError);
        MessageLine.show(message, "");
        fields.get("number").show(n.number());
        fields.get("advertisingSource").show(n.advertisingSource());
        fields.get("media").show(n.media());
        fields.get("campaign").show(n.campaign());
        fields.get("monthlyCost").show(n.monthlyCost() == null ? "" : n.monthlyCost().toPlainString());
        fields.get("destination").show(n.destination());
        fields.get("cardTemplate").show(n.cardTemplate());
        active.setSelection(n.active());
    }

    private void save() {
        fields.values().forEach(FieldRow::clearError);
        MessageLine.show(message, "");
        BigDecimal cost;
        String typedCost = fields.get("monthlyCost").value();
        try {
            cost = typedCost.isEmpty() ? null : new BigDecimal(typedCost);
        } catch (NumberFormatException e) {
            fields.get("monthlyCost").error("Not an amount: " + typedCost);
            return;
        }
        try {
            TrackingNumber saved = numbers.save(session, new TrackingNumber(editing.id(), editing.version(),
                    fields.get("number").value(), 0, fields.get("advertisingSource").value(), fields.get("media").value(),
                    fields.get("campaign").value(), cost, fields.get("destination").value(),
                    fields.get("cardTemplate").value(), active.getSelection()));
            reload();
            edit(saved);
            select(saved.id());
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                FieldRow row = fields.get(error.field());
                if (row != null) {
                    row.error(error.message());
                } else {
                    MessageLine.show(message, error.message());
                }
            }
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("save the tracking number", e));
        }
    }

    private void remove() {
        if (editing.id() == 0) {
            return;
        }
        try {
            numbers.remove(session, editing.id());
            reload();
            edit(blank());
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("remove the tracking number", e));
        }
    }

    private void reload() {
        try {
            rows = numbers.list(session);
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("read the tracking numbers", e));
            return;
        }
        table.removeAll();
        for (TrackingNumber n : rows) {
            new TableItem(table, SWT.NONE).setText(new String[] { n.number(), n.advertisingSource(), n.media(),
                    n.campaign(), n.monthlyCost() == null ? "" : n.monthlyCost().toPlainString(), n.destination(),
                    n.cardTemplate(), n.active() ? "yes" : "no" });
        }
    }

    private void select(long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                table.select(i);
            }
        }
    }

    @Inject
    @Optional
    void refresh(@UIEventTopic(Topics.REFRESH) Object any) {
        if (table != null && !table.isDisposed()) {
            reload();
        }
    }
}
