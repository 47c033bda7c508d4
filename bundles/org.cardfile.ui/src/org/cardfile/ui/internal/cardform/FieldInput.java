package org.cardfile.ui.internal.cardform;

import org.eclipse.swt.widgets.Control;

/** The widget a card field is typed into, speaking the field's stored text form. */
interface FieldInput {

    /** The value in its stored form; what the rep typed when it cannot be converted, so nothing is lost. */
    String value();

    void show(String stored);

    void setEditable(boolean editable);

    Control control();
}
