package org.cardfile.ui.internal.cardform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardSection;
import org.cardfile.core.cards.CardValidator;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.service.FieldError;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The one renderer of every card template: a tab per page, a group per section, a labelled input
 * per field with its message line under it. A value is checked as it is typed with the same
 * {@link CardValidator} the store uses on save, so the rep sees the problem before saving; what was
 * typed is never cleared.
 */
public final class CardForm {
    private final CardLayout layout;
    private final Map<String, FieldInput> inputs = new LinkedHashMap<>();
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();
    private final Runnable changed;
    private boolean showing;
    private Map<String, String> shown = Map.of();

    public static String fieldId(String id) {
        return "card.field." + id;
    }

    public CardForm(CTabFolder pages, CardLayout layout, Runnable changed) {
        this.layout = layout;
        this.changed = changed;
        for (CardPage page : layout.pages()) {
            CTabItem item = Ids.tag(new CTabItem(pages, SWT.NONE), "card.page." + page.id());
            item.setText(page.title().isEmpty() ? page.id() : page.title());
            ScrolledComposite scroll = new ScrolledComposite(pages, SWT.V_SCROLL | SWT.H_SCROLL);
            scroll.setExpandHorizontal(true);
            scroll.setExpandVertical(true);
            Composite body = new Composite(scroll, SWT.NONE);
            body.setLayout(new GridLayout(2, true));
            for (CardSection section : page.sections()) {
                section(body, section);
            }
            scroll.setContent(body);
            body.addListener(SWT.Resize, e -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
            scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            item.setControl(scroll);
        }
        pages.setSelection(0);
    }

    private void section(Composite body, CardSection section) {
        Group group = Ids.tag(new Group(body, SWT.NONE), "card.section." + section.id());
        group.setText(section.title());
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (FieldDefinition field : section.fields()) {
            Label label = new Label(group, SWT.NONE);
            label.setText(field.label() + (field.required() ? " *" : ""));
            label.setLayoutData(new GridData(SWT.LEFT, field.type() == org.cardfile.core.cards.FieldType.MEMO
                    ? SWT.TOP : SWT.CENTER, false, false));
            FieldInput input = switch (field.type()) {
                case CHOICE, BOOLEAN -> new ChoiceInput(group, field, () -> edited(field));
                case MULTI_CHOICE -> new MultiChoiceInput(group, field, () -> edited(field));
                default -> new TextInput(group, field, () -> edited(field));
            };
            String tip = tip(field);
            if (!tip.isEmpty()) {
                label.setToolTipText(tip);
                input.control().setToolTipText(tip);
            }
            Label message = MessageLine.problemLine(group, fieldId(field.id()) + ".message", 2);
            inputs.put(field.id(), input);
            messages.put(field.id(), message);
            fields.put(field.id(), field);
        }
    }

    private static String tip(FieldDefinition field) {
        String from = field.kind() == FieldKind.FIXED ? "Taken from the call."
                : field.kind() == FieldKind.VARIABLE ? "Filled in from what is known; correct it if it is wrong." : "";
        return (field.help() + " " + from).strip();
    }

    private void edited(FieldDefinition field) {
        if (showing) {
            return;
        }
        // a choice the template has since retired stays acceptable on the card that holds it
        Optional<FieldError> problem = CardValidator.check(field, inputs.get(field.id()).value(),
                shown.getOrDefault(field.id(), ""));
        MessageLine.show(messages.get(field.id()), problem.map(FieldError::message).orElse(""));
        changed.run();
    }

    public CardLayout layout() {
        return layout;
    }

    public void show(Map<String, String> values) {
        shown = new java.util.HashMap<>(values);
        showing = true;
        try {
            inputs.forEach((id, input) -> input.show(values.getOrDefault(id, "")));
            messages.values().forEach(m -> MessageLine.show(m, ""));
        } finally {
            showing = false;
        }
    }

    /** The typed values of every field in the layout, in their stored form; values of fields no longer shown are kept. */
    public Map<String, String> read(Map<String, String> loaded) {
        Map<String, String> values = new LinkedHashMap<>(loaded);
        inputs.forEach((id, input) -> values.put(id, input.value()));
        return values;
    }

    /**
     * Puts the cursor in the first shown field a rep types into that is still empty, where the rep
     * goes on from what the call filled in; on a full card, in its first such field.
     */
    public void focusFirstEmpty() {
        List<FieldInput> typed = inputs.entrySet().stream()
                .filter(e -> fields.get(e.getKey()).kind() != FieldKind.FIXED && e.getValue().control().isVisible())
                .map(Map.Entry::getValue).toList();
        typed.stream().filter(i -> i.value().isEmpty()).findFirst()
                .or(() -> typed.stream().findFirst())
                .ifPresent(i -> i.control().setFocus());
    }

    public void setEditable(boolean editable) {
        inputs.values().forEach(i -> i.setEditable(editable));
    }

    public void clearErrors() {
        messages.values().forEach(m -> MessageLine.show(m, ""));
    }

    /** Puts each error beside its field and returns those that name no field of this card. */
    public List<FieldError> place(List<FieldError> errors) {
        List<FieldError> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            Label message = messages.get(error.field());
            if (message == null) {
                unplaced.add(error);
            } else {
                MessageLine.show(message, error.message());
            }
        }
        errors.stream().map(e -> inputs.get(e.field())).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(i -> i.control().setFocus());
        return unplaced;
    }

    public Optional<FieldDefinition> field(String id) {
        return Optional.ofNullable(fields.get(id));
    }
}
