package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.cardfile.ui.reports.internal.UserChoices;
import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.cardfile.ui.testsupport.UiRobot;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin adds a layout from the Reports part, everyone can run it, a layout a designer drops into
 * the reports folder shows up while the part is open, a broken one is refused with its reason, and the
 * added one is removed again.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReportLayoutsUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");

    /** The file the user picks in the open dialog, and yes to the question. */
    private static final class Picks implements UserChoices {
        Path next;

        @Override
        public Optional<Path> saveAs(Shell shell, String title, String suggestedName, String extension) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> open(Shell shell, String title, String extension) {
            return Optional.ofNullable(next);
        }

        @Override
        public boolean confirm(Shell shell, String title, String question) {
            return true;
        }
    }

    private static String notice(String title, String text) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
                <text-property name="title">%s</text-property>
                <body><label id="2"><text-property name="text">%s</text-property></label></body>
                </report>
                """.formatted(title, text).strip();
    }

    /** Waits for the part's message to start with {@code expected}, and says what it said instead. */
    private static void awaitMessage(UiRobot robot, Label message, String expected) {
        try {
            robot.waitUntil("the message " + expected, () -> message.getText().startsWith(expected));
        } catch (AssertionError e) {
            throw new AssertionError("The Reports part said \"" + message.getText() + "\", not \"" + expected + "…\"", e);
        }
    }

    @Test
    void anAdminAddsRunsAndRemovesALayoutAndADroppedInOneAppearsLive() throws Exception {
        workbench.signOut();
        Workbench admin = new Workbench().signedInAs("admin", "cardfile");
        UiRobot robot = admin.robot;
        Path reportsFolder = Path.of(System.getProperty("cardfile.data.dir"), "reports");
        Path dropped = reportsFolder.resolve("weekend-rota.rptdesign");
        Picks picks = new Picks();
        IEclipseContext application = ReportsPage.applicationContext();
        application.set(UserChoices.class, picks);
        try {
            admin.execute("org.cardfile.ui.reports.command.open");
            ReportsPage page = new ReportsPage(robot);
            Label message = robot.find("reports.message", Label.class);

            Path designs = Files.createTempDirectory("cardfile-designs");
            picks.next = Files.writeString(designs.resolve("office-notice.rptdesign"),
                    notice("Office notice", "Closed on Friday afternoon"), StandardCharsets.UTF_8);
            robot.click(robot.find("reports.addLayout", Button.class));
            awaitMessage(robot, message, "Added Office notice");
            assertTrue(Files.isRegularFile(reportsFolder.resolve("office-notice.rptdesign")), "it is in the reports folder");

            page.choose("Office notice");
            robot.click(robot.find("reports.run", Button.class));
            page.browserShowing("Closed on Friday afternoon");

            Files.writeString(dropped, notice("Weekend rota", "Bob and Carol"), StandardCharsets.UTF_8);
            robot.waitFor("the dropped-in layout listed without a restart", () -> page.item("Weekend rota"));

            picks.next = Files.writeString(designs.resolve("half.rptdesign"),
                    "<report xmlns=\"http://www.eclipse.org/birt/2005/design\"><body>", StandardCharsets.UTF_8);
            robot.click(robot.find("reports.addLayout", Button.class));
            awaitMessage(robot, message, "The layout half.rptdesign was not added: ");
            assertFalse(Files.exists(reportsFolder.resolve("half.rptdesign")), "a refused layout is not written");

            page.choose("Office notice");
            robot.click(robot.find("reports.removeLayout", Button.class));
            awaitMessage(robot, message, "Removed Office notice.");
            assertTrue(page.item("Office notice") == null, "it is gone from the list");
            assertFalse(Files.exists(reportsFolder.resolve("office-notice.rptdesign")));
        } finally {
            application.remove(UserChoices.class);
            Files.deleteIfExists(dropped);
            Files.deleteIfExists(reportsFolder.resolve("office-notice.rptdesign"));
            admin.signOut();
            new Workbench().signedInAs("alice", "cardfile");
        }
    }
}
