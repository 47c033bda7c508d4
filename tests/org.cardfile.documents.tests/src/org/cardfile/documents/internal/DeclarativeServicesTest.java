package org.cardfile.documents.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cardfile.core.documents.CalendarExport;
import org.cardfile.core.documents.CardPrinter;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The bundle offers both services through Felix SCR, as the workbench and the server look them up. */
class DeclarativeServicesTest {
    private final BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();

    @Test
    void printerAndCalendarExportAreRegisteredAndWork() throws InterruptedException {
        CardPrinter printer = service(CardPrinter.class);
        byte[] pdf = printer.print(SampleCard.layout(), SampleCard.card("memo"), SampleCard.notes(), "Office");
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));

        String ics = service(CalendarExport.class).write("Empty", List.of());
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            assertNotNull(service, "no " + type.getSimpleName() + " service");
            return service;
        } finally {
            tracker.close();
        }
    }
}
