package org.cardfile.ui.internal;

import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/** Opens one editor per record in the editor stack; opening it again brings the open one forward. */
@Creatable
public class EditorOpener {
    /** Transient data key holding the {@link RecordRef} an editor shows (id 0: a new record). */
    public static final String INPUT = "cardfile.input";
    private static final String EDITORS = "org.cardfile.ui.partstack.editors";

    private final EPartService parts;
    private final EModelService model;
    private final MApplication application;
    private int unsaved;

    @Inject
    public EditorOpener(EPartService parts, EModelService model, MApplication application) {
        this.parts = parts;
        this.model = model;
        this.application = application;
    }

    public MPart open(RecordRef record, String label) {
        if (record.id() != 0) {
            for (MPart part : parts.getParts()) {
                if (record.equals(part.getTransientData().get(INPUT))) {
                    parts.showPart(part, PartState.ACTIVATE);
                    return part;
                }
            }
        }
        String descriptor = record.type() == RecordType.CUSTOMER ? "org.cardfile.ui.partdescriptor.customer"
                : "org.cardfile.ui.partdescriptor.product";
        MPart part = parts.createPart(descriptor);
        part.getTransientData().put(INPUT, record);
        part.setLabel(label);
        if (record.id() == 0) {
            part.setElementId(descriptor + ".new" + (++unsaved));
        }
        MPartStack stack = (MPartStack) model.find(EDITORS, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
