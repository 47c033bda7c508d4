package org.cardfile.ui.internal.cardform;

import java.util.ArrayList;
import java.util.List;

import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldType;
import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A drop-down for a choice or a yes/no question, with an empty first entry: "not answered" is
 * different from "no". A stored value no longer among the choices is kept and shown, not dropped.
 */
final class ChoiceInput implements FieldInput {
    private final FieldDefinition field;
    private final Combo combo;
    private final List<String> stored = new ArrayList<>();

    ChoiceInput(Composite parent, FieldDefinition field, Runnable changed) {
        this.field = field;
        combo = Ids.tag(new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY), CardForm.fieldId(field.id()));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.add("");
        stored.add("");
        if (field.type() == FieldType.BOOLEAN) {
            add("Yes", "true");
            add("No", "false");
        } else {
            field.choices().forEach(c -> add(c, c));
        }
        combo.select(0);
        combo.addListener(SWT.Selection, e -> changed.run());
    }

    private void add(String label, String value) {
        combo.add(label);
        stored.add(value);
    }

    @Override
    public String value() {
        int i = combo.getSelectionIndex();
        return i < 0 ? "" : stored.get(i);
    }

    @Override
    public void show(String value) {
        String v = value == null ? "" : value;
        int i = stored.indexOf(v);
        if (i < 0) {
            add(v, v);
            i = stored.size() - 1;
        }
        if (combo.getSelectionIndex() != i) {
            combo.select(i);
        }
    }

    @Override
    public void setEditable(boolean editable) {
        combo.setEnabled(editable && !field.isReadOnly());
    }

    @Override
    public Control control() {
        return combo;
    }
}
