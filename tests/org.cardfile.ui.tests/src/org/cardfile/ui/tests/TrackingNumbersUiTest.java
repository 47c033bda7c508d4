package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

/** A rep sees the office's advertised numbers and their sources; only admins may change them. */
@ExtendWith(ScreenshotOnFailure.class)
class TrackingNumbersUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");

    @Test
    void aRepSeesTheOfficesTrackingNumbersButCannotChangeThem() {
        var context = FrameworkUtil.getBundle(TrackingNumbersUiTest.class).getBundleContext();
        IWorkbench e4 = context.getService(context.getServiceReference(IWorkbench.class));
        EPartService parts = e4.getApplication().getChildren().get(0).getContext().get(EPartService.class);
        // contributed by org.cardfile.ui.trackingnumbers through its model fragment
        parts.showPart("org.cardfile.ui.trackingnumbers.part", PartState.ACTIVATE);

        Table list = workbench.robot.find("tracking.list", Table.class);
        workbench.robot.waitUntil("the office's tracking numbers", () -> list.getItemCount() == 3);
        List<String> sources = Arrays.stream(list.getItems()).map(i -> i.getText(0) + " " + i.getText(1)).sorted().toList();
        assertTrue(sources.contains("+12175550190 Springfield Gazette, Sunday classifieds"), sources.toString());
        TableItem gazette = Arrays.stream(list.getItems()).filter(i -> i.getText(0).equals("+12175550190")).findFirst()
                .orElseThrow();
        assertEquals("multihousing.guest", gazette.getText(6), "the card the number opens");

        assertFalse(workbench.robot.find("tracking.save", Button.class).isEnabled(), "only admins save");
        assertFalse(workbench.robot.find("tracking.new", Button.class).isEnabled());
        assertFalse(workbench.robot.find("tracking.number", Text.class).getEditable());
    }
}
