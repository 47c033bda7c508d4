package org.cardfile.ui.internal.widgets;

import java.util.ArrayList;
import java.util.List;

import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;

/**
 * A growing list of entries (phones, e-mails): an optional type choice and a text per row, a
 * remove button, and a message line under each row. Row {@code N} has ids {@code prefix.N},
 * {@code prefixType.N} and {@code prefix.N.message}.
 */
public final class EntryRows {
    /** One filled-in row: its position on screen, the chosen type (or "") and the text. */
    public record Entry(int row, String type, String text) {
    }

    private final Composite rows;
    private final String idPrefix;
    private final String typeIdPrefix;
    private final String[] types;
    private final Listener onChange;
    private final List<Text> texts = new ArrayList<>();
    private final List<Combo> combos = new ArrayList<>();
    private final List<Label> messages = new ArrayList<>();
    private final List<Composite> lines = new ArrayList<>();
    private boolean editable = true;

    /**
     * @param types the choices of the type column, or {@code null} for rows without one
     */
    public EntryRows(Composite parent, String idPrefix, String typeIdPrefix, String[] types, Listener onChange) {
        this.idPrefix = idPrefix;
        this.typeIdPrefix = typeIdPrefix;
        this.types = types;
        this.onChange = onChange;
        rows = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        rows.setLayout(layout);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    public void addRow(String type, String text) {
        int n = texts.size();
        Composite line = new Composite(rows, SWT.NONE);
        GridLayout layout = new GridLayout(types == null ? 2 : 3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        line.setLayout(layout);
        line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Combo combo = null;
        if (types != null) {
            combo = Ids.tag(new Combo(line, SWT.READ_ONLY), typeIdPrefix + "." + n);
            combo.setItems(types);
            int index = indexOf(type);
            combo.select(index < 0 ? 0 : index);
            combo.addListener(SWT.Selection, onChange);
            combo.setEnabled(editable);
        }
        combos.add(combo);
        Text field = Ids.tag(new Text(line, SWT.BORDER), idPrefix + "." + n);
        field.setText(text);
        GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fieldData.widthHint = types == null ? 200 : 130;
        field.setLayoutData(fieldData);
        field.addListener(SWT.Modify, onChange);
        field.setEditable(editable);
        texts.add(field);
        Button remove = new Button(line, SWT.PUSH);
        remove.setText("×");
        remove.setToolTipText("Remove this row");
        remove.setEnabled(editable);
        remove.addListener(SWT.Selection, e -> {
            field.setText("");
            onChange.handleEvent(e);
        });
        Label message = Ids.tag(new Label(rows, SWT.WRAP), idPrefix + "." + n + ".message");
        message.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        message.setLayoutData(data);
        message.setVisible(false);
        messages.add(message);
        lines.add(line);
        rows.getParent().layout(true, true);
    }

    /** Replaces the rows; at least one (empty) row stays so there is always a place to type. */
    public void show(List<Entry> entries) {
        lines.forEach(Composite::dispose);
        messages.forEach(Label::dispose);
        lines.clear();
        messages.clear();
        texts.clear();
        combos.clear();
        for (Entry e : entries) {
            addRow(e.type(), e.text());
        }
        if (entries.isEmpty()) {
            addRow(types == null ? "" : types[0], "");
        }
    }

    /** The rows that hold text, in screen order; blank rows are left out. */
    public List<Entry> filled() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).getText().strip();
            if (!text.isEmpty()) {
                Combo combo = combos.get(i);
                entries.add(new Entry(i, combo == null ? "" : combo.getText(), text));
            }
        }
        return entries;
    }

    public void error(int row, String problem) {
        MessageLine.show(messages.get(row), problem);
    }

    public void clearErrors() {
        messages.forEach(m -> MessageLine.show(m, ""));
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
        texts.forEach(t -> t.setEditable(editable));
        combos.stream().filter(c -> c != null).forEach(c -> c.setEnabled(editable));
    }

    private int indexOf(String type) {
        for (int i = 0; i < types.length; i++) {
            if (types[i].equalsIgnoreCase(type)) {
                return i;
            }
        }
        return -1;
    }
}
