package org.cardfile.ui.internal.cardform;

import java.util.ArrayList;
import java.util.List;

import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A row of check boxes, one per choice; stored one choice per line in the choice list's order. */
final class MultiChoiceInput implements FieldInput {
    private final FieldDefinition field;
    private final Composite row;
    private final List<Button> boxes = new ArrayList<>();
    /** Stored lines the template no longer offers: kept as they are, not dropped on the next save. */
    private List<String> retired = List.of();

    MultiChoiceInput(Composite parent, FieldDefinition field, Runnable changed) {
        this.field = field;
        row = Ids.tag(new Composite(parent, SWT.NONE), CardForm.fieldId(field.id()));
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.marginLeft = 0;
        layout.wrap = true;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (String choice : field.choices()) {
            Button box = Ids.tag(new Button(row, SWT.CHECK), CardForm.fieldId(field.id()) + "." + choice);
            box.setText(choice);
            box.addListener(SWT.Selection, e -> changed.run());
            boxes.add(box);
        }
    }

    @Override
    public String value() {
        List<String> chosen = new ArrayList<>(boxes.stream().filter(Button::getSelection).map(Button::getText).toList());
        chosen.addAll(retired);
        return String.join("\n", chosen);
    }

    @Override
    public void show(String stored) {
        List<String> chosen = stored == null ? List.of() : stored.lines().map(String::strip).toList();
        boxes.forEach(b -> b.setSelection(chosen.contains(b.getText())));
        retired = chosen.stream().filter(c -> !c.isEmpty() && !field.choices().contains(c)).toList();
    }

    @Override
    public void setEditable(boolean editable) {
        boxes.forEach(b -> b.setEnabled(editable && !field.isReadOnly()));
    }

    @Override
    public Control control() {
        return row;
    }
}
