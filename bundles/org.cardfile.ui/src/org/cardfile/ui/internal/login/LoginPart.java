package org.cardfile.ui.internal.login;

import java.lang.System.Logger.Level;

import org.cardfile.core.security.AuthenticationException;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FirstRun;
import org.cardfile.core.service.ValidationException;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.SignedInParts;
import org.cardfile.ui.internal.widgets.FieldRow;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The first screen: on a brand-new database it offers the demo data or an empty office with its
 * administrator; afterwards it signs an employee in and opens the main perspective.
 */
public class LoginPart {
    private static final System.Logger LOG = System.getLogger(LoginPart.class.getName());

    @Inject
    private AuthenticationService authentication;
    @Inject
    private FirstRun firstRun;
    @Inject
    private MApplication application;
    @Inject
    private EModelService model;
    @Inject
    private EPartService parts;

    private Composite root;
    private Composite content;
    private Label message;

    @PostConstruct
    public void create(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        showCurrentStep();
    }

    private void showCurrentStep() {
        if (content != null) {
            content.dispose();
        }
        content = new Composite(root, SWT.NONE);
        content.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
        content.setLayout(new GridLayout(2, false));
        Label title = new Label(content, SWT.NONE);
        title.setText("Cardfile");
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        if (firstRun.needsSetup()) {
            firstRunChoice();
        } else {
            signInForm();
        }
        message = Ids.tag(new Label(content, SWT.WRAP), "login.message");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 380;
        message.setLayoutData(data);
        message.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        root.layout(true, true);
    }

    private void firstRunChoice() {
        boolean demoInstalled = firstRun.offersDemoData();
        Label intro = new Label(content, SWT.WRAP);
        intro.setText(demoInstalled
                ? "This is a new Cardfile database. Load the demo data to explore (logins are listed in the README),"
                        + " or set up your own office with its administrator."
                : "This is a new Cardfile database. Set up your own office with its administrator.");
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 380;
        intro.setLayoutData(introData);
        if (demoInstalled) {
            Button demo = button("Load demo data", "firstrun.loadDemo");
            demo.addListener(SWT.Selection, e -> run("load the demo data", () -> {
                BusyIndicator.showWhile(root.getDisplay(), firstRun::loadDemoData);
                showCurrentStep();
            }));
        }
        FieldRow office = new FieldRow(content, "Office name", "firstrun.officeName");
        FieldRow login = new FieldRow(content, "Admin login", "firstrun.adminLogin");
        FieldRow name = new FieldRow(content, "Admin name", "firstrun.adminName");
        FieldRow password = new FieldRow(content, "Password", "firstrun.password", SWT.BORDER | SWT.PASSWORD);
        FieldRow repeat = new FieldRow(content, "Repeat password", "firstrun.repeat", SWT.BORDER | SWT.PASSWORD);
        Button create = button("Set up empty office", "firstrun.createOffice");
        create.addListener(SWT.Selection, e -> run("set up the office", () -> {
            if (!password.text().getText().equals(repeat.text().getText())) {
                repeat.error("The two passwords differ.");
                return;
            }
            try {
                firstRun.createFirstOffice(office.value(), login.value(), name.value(),
                        password.text().getText().toCharArray());
                showCurrentStep();
            } catch (ValidationException invalid) {
                for (var err : invalid.errors()) {
                    FieldRow row = switch (err.field()) {
                        case "officeName" -> office;
                        case "adminLogin" -> login;
                        case "adminName" -> name;
                        default -> password;
                    };
                    row.error(err.message());
                }
            }
        }));
    }

    private void signInForm() {
        FieldRow user = new FieldRow(content, "Login", "login.user");
        FieldRow password = new FieldRow(content, "Password", "login.password", SWT.BORDER | SWT.PASSWORD);
        Button signIn = button("Sign in", "login.signIn");
        Runnable attempt = () -> run("sign in", () -> {
            try {
                Session session = authentication.signIn(user.value(), password.text().getText().toCharArray());
                password.text().setText("");
                enter(session);
            } catch (AuthenticationException refused) {
                MessageLine.show(message, refused.getMessage());
                password.text().selectAll();
                password.text().setFocus();
            }
        });
        signIn.addListener(SWT.Selection, e -> attempt.run());
        password.text().addListener(SWT.DefaultSelection, e -> attempt.run());
        user.text().addListener(SWT.DefaultSelection, e -> password.text().setFocus());
        root.getShell().setDefaultButton(signIn);
        user.text().setFocus();
    }

    private void enter(Session session) {
        application.getContext().set(Session.class, session);
        SignedInParts.bringBack(model, application);
        MPerspective main = (MPerspective) model.find("org.cardfile.ui.perspective.main", application);
        parts.switchPerspective(main);
        LOG.log(Level.INFO, "{0} entered the workbench", session.employee().login());
    }

    private Button button(String label, String id) {
        Button b = Ids.tag(new Button(content, SWT.PUSH), id);
        b.setText(label);
        b.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false, 2, 1));
        return b;
    }

    private void run(String doing, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (message != null && !message.isDisposed()) {
                MessageLine.show(message, Problems.describe(doing, e));
            }
        }
    }

    /** Lets the sign-in screen be shown again after "Sign out". */
    public void reset() {
        showCurrentStep();
    }

    Control control() {
        return root;
    }
}
