package org.cardfile.ui.customers.internal;

import org.cardfile.ui.internal.Ids;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cardfile.core.model.Address;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Email;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.cardfile.core.service.FieldError;
import org.cardfile.ui.internal.widgets.EntryRows;
import org.cardfile.ui.internal.widgets.FieldRow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;

/** The customer's contact data as fields: shows a record, reads the typed values back, places errors. */
final class CustomerForm {
    private static final String[] PHONE_TYPES = Arrays.stream(PhoneType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private final FieldRow number;
    private final FieldRow first;
    private final FieldRow last;
    private final FieldRow company;
    private final FieldRow street;
    private final FieldRow city;
    private final FieldRow region;
    private final FieldRow postalCode;
    private final FieldRow country;
    private final EntryRows phones;
    private final EntryRows emails;
    private final FieldRow notes;
    private final Map<String, FieldRow> byField;
    private List<EntryRows.Entry> sentPhones = List.of();
    private List<EntryRows.Entry> sentEmails = List.of();

    CustomerForm(Composite parent, Listener onChange) {
        Composite grid = new Composite(parent, SWT.NONE);
        grid.setLayout(new GridLayout(2, false));
        number = new FieldRow(grid, "Customer number", "customer.customerNumber");
        number.text().setMessage("assigned on save");
        first = new FieldRow(grid, "First name", "customer.firstName");
        last = new FieldRow(grid, "Last name", "customer.lastName");
        company = new FieldRow(grid, "Company", "customer.company");
        street = new FieldRow(grid, "Street", "customer.street");
        city = new FieldRow(grid, "City", "customer.city");
        region = new FieldRow(grid, "Region", "customer.region");
        postalCode = new FieldRow(grid, "Postal code", "customer.postalCode");
        country = new FieldRow(grid, "Country", "customer.country");
        phones = entries(grid, "Phones", "customer.phone", "customer.phoneType", PHONE_TYPES, "customer.addPhone", onChange);
        emails = entries(grid, "E-mails", "customer.email", null, null, "customer.addEmail", onChange);
        notes = new FieldRow(grid, "Notes", "customer.notes", SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        for (FieldRow row : List.of(number, first, last, company, street, city, region, postalCode, country, notes)) {
            row.text().addListener(SWT.Modify, onChange);
        }
        byField = Map.of("customerNumber", number, "firstName", first, "lastName", last, "company", company,
                "notes", notes);
    }

    private static EntryRows entries(Composite grid, String label, String id, String typeId, String[] types,
            String addId, Listener onChange) {
        Label title = new Label(grid, SWT.NONE);
        title.setText(label);
        title.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Composite column = new Composite(grid, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        column.setLayout(layout);
        column.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        EntryRows rows = new EntryRows(column, id, typeId, types, onChange);
        Button add = Ids.tag(new Button(column, SWT.PUSH), addId);
        add.setText("Add");
        add.addListener(SWT.Selection, e -> rows.addRow(types == null ? "" : types[0], ""));
        return rows;
    }

    /** The cursor starts where a rep starts typing, not on the Save button the header would give it. */
    void focusFirstName() {
        first.text().setFocus();
    }

    void show(Customer c) {
        number.show(c.customerNumber());
        first.show(c.firstName());
        last.show(c.lastName());
        company.show(c.company());
        street.show(c.address().street());
        city.show(c.address().city());
        region.show(c.address().region());
        postalCode.show(c.address().postalCode());
        country.show(c.address().country());
        notes.show(c.notes());
        phones.show(c.phones().stream().map(p -> new EntryRows.Entry(0, p.type().name(), p.number())).toList());
        emails.show(c.emails().stream().map(m -> new EntryRows.Entry(0, "", m.address())).toList());
    }

    /** The typed values on top of the loaded record (its id, version and office stay). */
    Customer read(Customer loaded) {
        sentPhones = phones.filled();
        sentEmails = emails.filled();
        List<Phone> phoneList = sentPhones.stream()
                .map(e -> Phone.of(PhoneType.valueOf(e.type().toUpperCase(Locale.ROOT)), e.text())).toList();
        List<Email> labels = loaded.emails();
        List<Email> emailList = sentEmails.stream()
                .map(e -> new Email(e.row() < labels.size() ? labels.get(e.row()).label() : "", e.text())).toList();
        return new Customer(loaded.id(), loaded.version(), number.value(), first.value(), last.value(), company.value(),
                new Address(street.value(), city.value(), region.value(), postalCode.value(), country.value()),
                phoneList, emailList, notes.text().getText(), loaded.officeId());
    }

    /** Puts each error beside its field; returns the ones that belong to no field. */
    List<FieldError> place(List<FieldError> errors) {
        return errors.stream().filter(e -> !placed(e)).toList();
    }

    private boolean placed(FieldError e) {
        FieldRow row = byField.get(e.field());
        if (row != null) {
            row.error(e.message());
            return true;
        }
        if (e.field().startsWith("phones[")) {
            phones.error(sentPhones.get(index(e.field())).row(), e.message());
            return true;
        }
        if (e.field().startsWith("emails[")) {
            emails.error(sentEmails.get(index(e.field())).row(), e.message());
            return true;
        }
        return false;
    }

    private static int index(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    void clearErrors() {
        byField.values().forEach(FieldRow::clearError);
        phones.clearErrors();
        emails.clearErrors();
    }

    void setEditable(boolean editable) {
        for (FieldRow row : List.of(number, first, last, company, street, city, region, postalCode, country, notes)) {
            row.text().setEditable(editable);
        }
        phones.setEditable(editable);
        emails.setEditable(editable);
    }
}
