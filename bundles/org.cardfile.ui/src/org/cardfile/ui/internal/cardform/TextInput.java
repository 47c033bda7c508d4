package org.cardfile.ui.internal.cardform;

import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldType;
import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * A text box for text, numbers, amounts, phones, e-mail, dates and times. Dates and times are typed
 * the way they are stored, except that a date and time reads "2026-12-01 14:30" rather than with ISO's "T".
 */
final class TextInput implements FieldInput {
    private final FieldDefinition field;
    private final Text text;

    TextInput(Composite parent, FieldDefinition field, Runnable changed) {
        this.field = field;
        boolean memo = field.type() == FieldType.MEMO;
        int style = SWT.BORDER | (memo ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        text = Ids.tag(new Text(parent, style), CardForm.fieldId(field.id()));
        text.setMessage(hint(field.type()));
        text.setTextLimit(field.lengthLimit());
        GridData data = new GridData(SWT.FILL, memo ? SWT.FILL : SWT.CENTER, true, false);
        data.widthHint = memo ? 320 : 220;
        if (memo) {
            data.heightHint = 54;
        }
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> changed.run());
    }

    private static String hint(FieldType type) {
        return switch (type) {
            case DATE -> "YYYY-MM-DD";
            case TIME -> "HH:MM";
            case DATETIME -> "YYYY-MM-DD HH:MM";
            case MONEY -> "0.00";
            case EMAIL -> "name@example.com";
            default -> "";
        };
    }

    @Override
    public String value() {
        String typed = text.getText();
        if (field.type() == FieldType.DATETIME) {
            return typed.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2})\\s+", "$1T");
        }
        return field.type() == FieldType.MEMO ? typed.replace("\r\n", "\n") : typed.strip();
    }

    @Override
    public void show(String stored) {
        String shown = stored == null ? "" : stored;
        if (field.type() == FieldType.DATETIME) {
            shown = shown.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})T", "$1 ");
        }
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
    }

    @Override
    public void setEditable(boolean editable) {
        text.setEditable(editable && !field.isReadOnly());
    }

    @Override
    public Control control() {
        return text;
    }
}
