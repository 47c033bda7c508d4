package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuSeparator;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The shell draws no capability itself: customers, products, cards and calls arrive as model
 * fragments of their own bundles, and the rep still finds every menu and list where it always was,
 * with what other capabilities add to those menus in place.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchLayoutUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");
    private final BundleContext context = FrameworkUtil.getBundle(WorkbenchLayoutUiTest.class).getBundleContext();
    private final MApplication application = context.getService(context.getServiceReference(IWorkbench.class))
            .getApplication();
    private final EModelService model = application.getContext().get(EModelService.class);

    @Test
    void theMenuBarReadsFileCustomerProductCardsReportsAdminHelp() {
        Shell shell = workbench.robot.waitFor("the main window's menu bar", () -> workbench.robot.visibleShells()
                .stream().filter(s -> s.getMenuBar() != null).findFirst().orElse(null));
        List<String> titles = Arrays.stream(shell.getMenuBar().getItems()).map(MenuItem::getText).toList();
        assertEquals(List.of("&File", "&Customer", "&Product", "C&ards", "&Reports", "A&dmin", "&Help"), titles);
    }

    @Test
    void contributedItemsSitWhereTheyAlwaysWere() {
        assertEquals(List.of("New customer", "Log contact", "Find customer", "Simulate incoming call",
                "Import customers (CSV)...", "Import caller directory (CSV)..."),
                labels("org.cardfile.ui.customers.menu.customer"));
        assertEquals(List.of("New product", "Find product", "Import products (CSV)..."),
                labels("org.cardfile.ui.customers.menu.product"));
        assertEquals(List.of("---", "Export my follow-ups and appointments (.ics)...",
                "Card templates and custom fields..."), labels("org.cardfile.ui.cards.menu"));
    }

    @Test
    void theListsStackShowsCustomersProductsAndCardsAndTheCallsStackTheIncomingCalls() {
        assertEquals(List.of("Customers", "Products", "Cards"), partLabels("org.cardfile.ui.partstack.lists"));
        assertEquals(List.of("Incoming calls"), partLabels("org.cardfile.ui.partstack.calls"));
    }

    /** The menu's items as the rep reads them; a separator as "---" (the blank-card items are made on opening). */
    private List<String> labels(String menuId) {
        MMenu menu = model.findElements(application, menuId, MMenu.class, null, EModelService.IN_MAIN_MENU).getFirst();
        return menu.getChildren().stream().filter(MUIElement::isVisible)
                .map(WorkbenchLayoutUiTest::label).filter(l -> l != null).toList();
    }

    private static String label(MMenuElement element) {
        return element instanceof MMenuSeparator ? "---" : element.getLabel();
    }

    private List<String> partLabels(String stackId) {
        MPartStack stack = model.findElements(application, stackId, MPartStack.class).getFirst();
        return stack.getChildren().stream().filter(MUIElement::isToBeRendered)
                .map(p -> ((MUILabel) p).getLabel()).toList();
    }
}
