package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardTemplate;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Every card template installed is drawn by the one renderer: a blank card of each, opened from the
 * Cards list, shows every declared field on its page, and saving it empty names each required field.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CardTemplatesUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");

    @Test
    void aBlankCardOfEveryInstalledTemplateShowsItsFieldsAndRefusesMissingRequiredOnes() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CardTemplatesUiTest.class).getBundleContext();
        List<CardLayout> layouts = new ArrayList<>();
        for (var ref : context.getServiceReferences(CardTemplate.class, null)) {
            layouts.add(context.getService(ref).layout());
        }
        List<String> ids = layouts.stream().map(CardLayout::id).sorted().toList();
        assertTrue(ids.containsAll(List.of("multihousing.guest", "multihousing.service-request", "support.repair")),
                ids.toString());

        EPartService parts = parts(context);
        try {
            for (CardLayout layout : layouts) {
                checkBlankCard(parts, layout);
            }
        } finally {
            // the other tests start from the customer list
            parts.showPart("org.cardfile.ui.customers.part.customers", PartState.ACTIVATE);
        }
    }

    private void checkBlankCard(EPartService parts, CardLayout layout) {
        CardEditorPage card = workbench.blankCard(layout.name());
        for (CardPage page : layout.pages()) {
            card.page(page.id());
            for (FieldDefinition field : page.sections().stream().flatMap(s -> s.fields().stream()).toList()) {
                assertTrue(workbench.robot.isShowing("card.field." + field.id()),
                        layout.id() + ": field " + field.id() + " is drawn on page " + page.id());
            }
        }
        card.save();
        assertTrue(card.message().contains("not saved"), card.message());
        for (FieldDefinition field : layout.fields().filter(f -> f.required() && f.kind() != FieldKind.FIXED)
                .toList()) {
            card.page(pageOf(layout, field));
            assertEquals(field.label() + " is required.", card.messageBeside(field.id()), layout.id());
        }
        MPart editor = parts.getActivePart();
        assertFalse(editor.isDirty(), "a blank card nobody typed into has nothing to save");
        parts.hidePart(editor, true);
        workbench.robot.waitUntil("the blank " + layout.name() + " to close",
                () -> !workbench.robot.isShowing("card.title"));
    }

    private static EPartService parts(BundleContext context) {
        IWorkbench e4 = context.getService(context.getServiceReference(IWorkbench.class));
        return e4.getApplication().getChildren().get(0).getContext().get(EPartService.class);
    }

    private static String pageOf(CardLayout layout, FieldDefinition field) {
        return layout.pages().stream().filter(p -> p.sections().stream().anyMatch(s -> s.fields().contains(field)))
                .findFirst().orElseThrow().id();
    }
}
