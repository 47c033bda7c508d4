package org.cardfile.ui.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.cardfile.core.reports.ParameterChoice;
import org.cardfile.core.reports.ReportParameter;
import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;

/**
 * The widget one report parameter is typed into, picked by its kind: a list for choices, a date picker
 * for dates, a check box for yes/no, a text field otherwise. Values go in and come out in the
 * parameter's text form; {@link #problem} says what is wrong with what the user typed.
 */
abstract sealed class ParameterInput {
    static final String ANY = "(any)";
    private static final int MAX_TEXT = 200;

    final ReportParameter parameter;

    ParameterInput(ReportParameter parameter) {
        this.parameter = parameter;
    }

    static ParameterInput create(Composite parent, ReportParameter p, String value) {
        ParameterInput input;
        if (!p.choices().isEmpty()) {
            input = new Choice(parent, p);
        } else {
            input = switch (p.type()) {
            case DATE -> new Day(parent, p);
            case BOOLEAN -> new YesNo(parent, p);
            default -> new Typed(parent, p);
            };
        }
        input.set(value);
        Ids.tag(input.control(), "reports.param." + p.name());
        input.control().setToolTipText(p.help().isEmpty() ? null : p.help());
        return input;
    }

    abstract Control control();

    abstract String value();

    abstract void set(String value);

    /** Empty when the value may be passed to the report. */
    String problem() {
        if (parameter.required() && value().isEmpty()) {
            return "Fill in " + parameter.label() + ".";
        }
        return "";
    }

    /** A list of the layout's values, "(any)" first when the parameter may be left out. */
    static final class Choice extends ParameterInput {
        private final Combo combo;
        private final List<ParameterChoice> choices;

        Choice(Composite parent, ReportParameter p) {
            super(p);
            combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            List<ParameterChoice> offered = new java.util.ArrayList<>();
            if (!p.required()) {
                offered.add(new ParameterChoice("", ANY));
            }
            offered.addAll(p.choices());
            choices = List.copyOf(offered);
            choices.forEach(c -> combo.add(c.label()));
        }

        @Override
        Control control() {
            return combo;
        }

        @Override
        String value() {
            int i = combo.getSelectionIndex();
            return i < 0 ? "" : choices.get(i).value();
        }

        @Override
        void set(String value) {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).value().equals(value)) {
                    combo.select(i);
                    return;
                }
            }
            // a required choice without a default is left for the user to make
            combo.select(parameter.required() && choices.size() > 1 ? -1 : 0);
        }
    }

    /** A date picker; a date the report can do without has a box to leave it out. */
    static final class Day extends ParameterInput {
        private final Composite box;
        private final DateTime picker;
        private final Button given;

        Day(Composite parent, ReportParameter p) {
            super(p);
            box = new Composite(parent, SWT.NONE);
            GridLayout layout = new GridLayout(2, false);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            box.setLayout(layout);
            box.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            given = p.required() ? null : new Button(box, SWT.CHECK);
            picker = new DateTime(box, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
            if (given != null) {
                given.setToolTipText("Limit the report to this date");
                given.addListener(SWT.Selection, e -> picker.setEnabled(given.getSelection()));
            }
        }

        @Override
        Control control() {
            return picker;
        }

        @Override
        String value() {
            if (given != null && !given.getSelection()) {
                return "";
            }
            return LocalDate.of(picker.getYear(), picker.getMonth() + 1, picker.getDay()).toString();
        }

        @Override
        void set(String value) {
            LocalDate day;
            try {
                day = value.isEmpty() ? LocalDate.now() : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                day = LocalDate.now();
            }
            picker.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
            if (given != null) {
                given.setSelection(!value.isEmpty());
                picker.setEnabled(!value.isEmpty());
            }
        }
    }

    static final class YesNo extends ParameterInput {
        private final Button check;

        YesNo(Composite parent, ReportParameter p) {
            super(p);
            check = new Button(parent, SWT.CHECK);
        }

        @Override
        Control control() {
            return check;
        }

        @Override
        String value() {
            return Boolean.toString(check.getSelection());
        }

        @Override
        void set(String value) {
            check.setSelection(Boolean.parseBoolean(value));
        }
    }

    /** A text field, checked for the parameter's kind (a whole number, an amount, a date and time). */
    static final class Typed extends ParameterInput {
        private final Text text;

        Typed(Composite parent, ReportParameter p) {
            super(p);
            text = new Text(parent, SWT.BORDER | SWT.SINGLE);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.setTextLimit(MAX_TEXT);
            switch (p.type()) {
            case INTEGER -> text.setMessage("a whole number");
            case DECIMAL -> text.setMessage("an amount, such as 12.50");
            case DATE_TIME -> text.setMessage("yyyy-mm-dd hh:mm");
            default -> text.setMessage("");
            }
        }

        @Override
        Control control() {
            return text;
        }

        @Override
        String value() {
            return text.getText().strip();
        }

        @Override
        void set(String value) {
            text.setText(value);
        }

        @Override
        String problem() {
            String required = super.problem();
            String value = value();
            if (!required.isEmpty() || value.isEmpty()) {
                return required;
            }
            if (value.length() > MAX_TEXT) {
                return parameter.label() + " is longer than " + MAX_TEXT + " characters.";
            }
            try {
                switch (parameter.type()) {
                case INTEGER -> Long.parseLong(value);
                case DECIMAL -> new BigDecimal(value);
                case DATE_TIME -> {
                    if (value.length() <= 10) {
                        LocalDate.parse(value);
                    } else {
                        LocalDateTime.parse(value.replace(' ', 'T'));
                    }
                }
                default -> {
                    // text is taken as typed
                }
                }
                return "";
            } catch (NumberFormatException | DateTimeParseException e) {
                return parameter.label() + " must be " + text.getMessage() + ", not \"" + value + "\".";
            }
        }
    }
}
