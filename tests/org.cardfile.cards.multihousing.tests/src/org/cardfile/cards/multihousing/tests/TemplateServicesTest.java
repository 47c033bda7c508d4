package org.cardfile.cards.multihousing.tests;

import org.cardfile.cards.testsupport.RegisteredTemplates;
import org.junit.jupiter.api.Test;

/**
 * The workbench and the server find templates only as OSGi services: the bundle must register both
 * cards through Felix SCR under the ids the tracking numbers name, or a call to the leasing desk opens
 * no card at all.
 */
class TemplateServicesTest {

    @Test
    void bothMultiHousingCardsAreRegisteredByDeclarativeServices() throws InterruptedException {
        RegisteredTemplates.await(TemplateServicesTest.class, RegisteredTemplates.DEADLINE, "multihousing.guest",
                "multihousing.service-request");
    }
}
