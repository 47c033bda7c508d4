package org.cardfile.ui.tests;

import static org.cardfile.ui.tests.TableRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cardfile.core.security.AuthenticationException;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Admin → Office reps: the admin adds a representative, who can then sign in; a refused password is
 * explained beside its field with the typing kept; a deactivated rep stays listed but cannot sign
 * in; and the admin cannot lock themselves out.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OfficeRepsUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");
    private final BundleContext context = FrameworkUtil.getBundle(OfficeRepsUiTest.class).getBundleContext();
    private final AuthenticationService auth = context.getService(
            context.getServiceReference(AuthenticationService.class));

    @Test
    void theAdminAddsARepWhoSignsInThenDeactivatesThemAndCannotDeactivateThemselves() {
        workbench.signOut();
        Workbench admin = new Workbench().signedInAs("admin", "cardfile");
        try {
            admin.execute("org.cardfile.ui.command.officeReps");
            Table reps = admin.robot.find("reps.list", Table.class);
            assertEquals("Office admin", row(reps, "admin").getText(2));
            assertEquals("Active", row(reps, "alice").getText(3));
            assertTrue(admin.robot.find("reps.seats", Label.class).getText().startsWith("This is a stand-alone workbench"));

            admin.robot.click(admin.robot.find("reps.new", Button.class));
            admin.robot.typeInto(admin.robot.find("reps.login", Text.class), "carol");
            admin.robot.typeInto(admin.robot.find("reps.name", Text.class), "Carol Caller");
            admin.robot.typeInto(admin.robot.find("reps.password", Text.class), "short");
            admin.robot.click(admin.robot.find("reps.save", Button.class));
            assertEquals("Use at least 8 characters.", admin.robot.find("reps.password.message", Label.class).getText());
            assertEquals("carol", admin.robot.find("reps.login", Text.class).getText(), "the typing is kept");

            admin.robot.typeInto(admin.robot.find("reps.password", Text.class), "carol-at-the-desk");
            admin.robot.click(admin.robot.find("reps.save", Button.class));
            admin.robot.waitUntil("carol in the list", () -> reps.getItemCount() > 0
                    && java.util.Arrays.stream(reps.getItems()).anyMatch(i -> i.getText(0).equals("carol")));
            assertEquals("Call-center rep", row(reps, "carol").getText(2));
            auth.signOut(auth.signIn("carol", "carol-at-the-desk".toCharArray()));

            TableRows.select(admin.robot, reps, "carol");
            admin.robot.click(admin.robot.find("reps.deactivate", Button.class));
            admin.robot.waitUntil("carol deactivated", () -> "Deactivated".equals(row(reps, "carol").getText(3)));
            AuthenticationException refused = assertThrows(AuthenticationException.class,
                    () -> auth.signIn("carol", "carol-at-the-desk".toCharArray()));
            assertTrue(!refused.getMessage().isEmpty());
            assertEquals("Reactivate", admin.robot.find("reps.deactivate", Button.class).getText());

            TableRows.select(admin.robot, reps, "admin");
            admin.robot.click(admin.robot.find("reps.deactivate", Button.class));
            assertEquals("You cannot deactivate your own login or take away your own admin role; another admin of the"
                    + " office can.", admin.robot.find("reps.active.message", Label.class).getText());
            assertEquals("Active", row(reps, "admin").getText(3));
        } finally {
            workbench.signOut();
            new Workbench().signedInAs("alice", "cardfile");
        }
    }
}
