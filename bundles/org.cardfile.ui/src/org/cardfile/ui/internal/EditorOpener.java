package org.cardfile.ui.internal;

import java.util.Map;
import java.util.Optional;

import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/**
 * Opens one editor per record in the editor stack; opening it again brings the open one forward.
 * The editor of a record type is whichever part descriptor a UI bundle tags
 * {@link #EDITOR_FOR_TAG}{@code <TYPE>}, so the shell opens customers, products and cards without
 * knowing which bundle edits them, and a record type whose editor is not installed is not offered
 * ({@link #canOpen}).
 */
@Creatable
public class EditorOpener {
    /** Transient data key holding the {@link RecordRef} an editor shows (id 0: a new record). */
    public static final String INPUT = "cardfile.input";
    /** Transient data key of an editor opened for a call: the {@link org.cardfile.core.calls.IncomingCall}. */
    public static final String CALL = "cardfile.call";
    /** Transient data key of a new record's pre-filled values: a {@link org.cardfile.core.model.Customer}. */
    public static final String PREFILL = "cardfile.prefill";
    /** Tag prefix of a part descriptor that edits records of a type, e.g. {@code cardfile.editorFor:CARD}. */
    public static final String EDITOR_FOR_TAG = "cardfile.editorFor:";

    private final EPartService parts;
    private final EModelService model;
    private final MApplication application;
    private final IEventBroker events;
    private int unsaved;

    @Inject
    public EditorOpener(EPartService parts, EModelService model, MApplication application, IEventBroker events) {
        this.parts = parts;
        this.model = model;
        this.application = application;
        this.events = events;
    }

    public MPart open(RecordRef record, String label) {
        return open(record, label, Map.of());
    }

    /**
     * Opens the record's editor with {@code extra} in its transient data (read when the editor is
     * created). An editor already open for the record is brought forward and told through
     * {@link Topics#EDITOR_INPUT}.
     */
    public MPart open(RecordRef record, String label, Map<String, Object> extra) {
        if (record.id() != 0) {
            for (MPart part : parts.getParts()) {
                if (record.equals(part.getTransientData().get(INPUT))) {
                    part.getTransientData().putAll(extra);
                    parts.showPart(part, PartState.ACTIVATE);
                    if (!extra.isEmpty()) {
                        events.send(Topics.EDITOR_INPUT, part);
                    }
                    return part;
                }
            }
        }
        String descriptor = descriptorFor(record.type()).orElseThrow(() -> new IllegalStateException(
                "No editor for " + record.type().name().toLowerCase() + " records is installed"));
        MPart part = parts.createPart(descriptor);
        part.getTransientData().put(INPUT, record);
        part.getTransientData().putAll(extra);
        part.setLabel(label);
        if (record.id() == 0) {
            part.setElementId(descriptor + ".new" + (++unsaved));
        }
        EditorArea.stack(model, application).getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }

    /** Whether an editor for records of this type is installed . */
    public boolean canOpen(RecordType type) {
        return descriptorFor(type).isPresent();
    }

    private Optional<String> descriptorFor(RecordType type) {
        String tag = EDITOR_FOR_TAG + type.name();
        return application.getDescriptors().stream()
                .filter(d -> d.getTags().contains(tag))
                .map(MPartDescriptor::getElementId)
                .findFirst();
    }
}
