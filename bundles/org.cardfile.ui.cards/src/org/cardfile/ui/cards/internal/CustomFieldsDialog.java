package org.cardfile.ui.cards.internal;

import java.util.Arrays;
import java.util.List;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.InstalledTemplate;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.cardfile.ui.internal.widgets.Tables;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The office's card templates: whether the office offers each one, and the office's own fields on
 * it (the list, a form to add one, and Retire). A new field appears on every card of the template in
 * an "Office fields" section; cards saved before show it empty. Retiring takes it off the form;
 * values already typed stay in the cards' history.
 */
final class CustomFieldsDialog extends Dialog {
    private static final FieldType[] TYPES = FieldType.values();
    private final CardTemplates templates;
    private final Session session;
    private List<InstalledTemplate> installed = List.of();
    private List<FieldDefinition> shown = List.of();
    private Combo template;
    private Button offered;
    private Table table;
    private Text label;
    private Text id;
    private Combo type;
    private Button required;
    private Text choices;
    private Text help;
    private Label message;
    private boolean idTyped;

    CustomFieldsDialog(Shell parent, CardTemplates templates, Session session) {
        super(parent);
        this.templates = templates;
        this.session = session;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Card templates of " + session.office().name());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Card template");
        template = Ids.tag(new Combo(area, SWT.READ_ONLY), "customfields.template");
        template.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        template.addListener(SWT.Selection, e -> showFields());
        new Label(area, SWT.NONE);
        offered = Ids.tag(new Button(area, SWT.CHECK), "customfields.offered");
        offered.setText("Offered in this office");
        offered.setToolTipText("Off: the card leaves the Cards menu and calls to its tracking numbers open the"
                + " customer record; cards already filled in still open");
        offered.addListener(SWT.Selection, e -> switchOffered());

        table = Tables.create(area, "customfields.table", new String[] { "Label", "Id", "Type", "Required", "Choices" },
                new int[] { 160, 120, 100, 70, 200 });
        GridData tableData = (GridData) table.getLayoutData();
        tableData.horizontalSpan = 2;
        tableData.heightHint = 140;
        Button retire = Ids.tag(new Button(area, SWT.PUSH), "customfields.retire");
        retire.setText("Retire field");
        retire.setToolTipText("Take the chosen field off the form; values already typed stay on the cards");
        retire.addListener(SWT.Selection, e -> retire());
        new Label(area, SWT.NONE);

        Group add = new Group(area, SWT.NONE);
        add.setText("Add a field");
        add.setLayout(new GridLayout(2, false));
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(add, SWT.NONE).setText("Label");
        label = Ids.tag(new Text(add, SWT.BORDER), "customfields.label");
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label.addListener(SWT.Modify, e -> {
            if (!idTyped) {
                id.setText(idFrom(label.getText()));
                idTyped = false;
            }
        });
        new Label(add, SWT.NONE).setText("Id");
        id = Ids.tag(new Text(add, SWT.BORDER), "customfields.id");
        id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        id.addListener(SWT.KeyDown, e -> idTyped = true);
        new Label(add, SWT.NONE).setText("Type");
        type = Ids.tag(new Combo(add, SWT.READ_ONLY), "customfields.type");
        Arrays.stream(TYPES).forEach(t -> type.add(t.label()));
        type.select(0);
        new Label(add, SWT.NONE).setText("Choices");
        choices = Ids.tag(new Text(add, SWT.BORDER), "customfields.choices");
        choices.setMessage("For choice fields: separated by commas");
        choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(add, SWT.NONE).setText("Help");
        help = Ids.tag(new Text(add, SWT.BORDER), "customfields.help");
        help.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(add, SWT.NONE);
        required = Ids.tag(new Button(add, SWT.CHECK), "customfields.required");
        required.setText("Required");
        new Label(add, SWT.NONE);
        Button addButton = Ids.tag(new Button(add, SWT.PUSH), "customfields.add");
        addButton.setText("Add field");
        addButton.addListener(SWT.Selection, e -> add());

        message = MessageLine.problemLine(area, "customfields.message", 2);
        loadTemplates();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Close", true);
    }

    /** "Parking space" → "parkingSpace": a stable key the admin may still change before adding. */
    static String idFrom(String text) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : text.strip().toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                if (out.isEmpty() && !Character.isLetter(c)) {
                    continue;
                }
                out.append(out.isEmpty() ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = !out.isEmpty();
            }
        }
        return out.length() > 64 ? out.substring(0, 64) : out.toString();
    }

    private void loadTemplates() {
        int chosen = Math.max(0, template.getSelectionIndex());
        try {
            installed = templates.installed(session);
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("list the card templates", e));
            return;
        }
        template.removeAll();
        installed.forEach(t -> template.add(t.layout().name()
                + (t.layout().industry().isEmpty() ? "" : " (" + t.layout().industry() + ")")
                + (t.offered() ? "" : " – switched off")));
        if (!installed.isEmpty()) {
            template.select(Math.min(chosen, installed.size() - 1));
            showFields();
        }
    }

    private void switchOffered() {
        CardLayout layout = selectedTemplate();
        if (layout == null) {
            return;
        }
        try {
            templates.setOffered(session, layout.id(), offered.getSelection());
            MessageLine.show(message, "");
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("switch the card template", e));
        }
        loadTemplates();
    }

    private CardLayout selectedTemplate() {
        int i = template.getSelectionIndex();
        return i < 0 || i >= installed.size() ? null : installed.get(i).layout();
    }

    private void showFields() {
        CardLayout layout = selectedTemplate();
        table.removeAll();
        if (layout == null) {
            return;
        }
        offered.setSelection(installed.get(template.getSelectionIndex()).offered());
        try {
            shown = templates.customFields(session, layout.id());
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("read the custom fields", e));
            return;
        }
        for (FieldDefinition f : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { f.label(), f.id(), f.type().label(), f.required() ? "yes" : "",
                    String.join(", ", f.choices()) });
        }
    }

    private void add() {
        CardLayout layout = selectedTemplate();
        if (layout == null) {
            MessageLine.show(message, "No card template is installed.");
            return;
        }
        FieldType chosen = TYPES[Math.max(0, type.getSelectionIndex())];
        List<String> list = Arrays.stream(choices.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        FieldDefinition field;
        try {
            field = new FieldDefinition(id.getText().strip(), label.getText().strip(),
                    org.cardfile.core.cards.FieldKind.MANUAL, chosen, required.getSelection(), list,
                    org.cardfile.core.cards.FieldSource.NONE, "", "", null, null, 0, help.getText().strip(), true);
        } catch (IllegalArgumentException e) {
            MessageLine.show(message, e.getMessage());
            return;
        }
        try {
            templates.addCustomField(session, layout.id(), field);
            MessageLine.show(message, "");
            label.setText("");
            id.setText("");
            idTyped = false;
            choices.setText("");
            help.setText("");
            required.setSelection(false);
            showFields();
        } catch (ValidationException e) {
            MessageLine.show(message, String.join(" ", e.errors().stream().map(FieldError::message).toList()));
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("add the field", e));
        }
    }

    private void retire() {
        CardLayout layout = selectedTemplate();
        int i = table.getSelectionIndex();
        if (layout == null || i < 0) {
            MessageLine.show(message, "Choose the field to retire.");
            return;
        }
        try {
            templates.retireCustomField(session, layout.id(), shown.get(i).id());
            MessageLine.show(message, "");
            showFields();
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("retire the field", e));
        }
    }
}
