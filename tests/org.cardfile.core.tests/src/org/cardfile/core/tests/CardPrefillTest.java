package org.cardfile.core.tests;

import static org.cardfile.core.cards.FieldDefinition.fixed;
import static org.cardfile.core.cards.FieldDefinition.manual;
import static org.cardfile.core.cards.FieldDefinition.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cardfile.core.calls.CallSource;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallerHistory;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardPrefill;
import org.cardfile.core.cards.CardSection;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.model.Address;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Email;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.junit.jupiter.api.Test;

class CardPrefillTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant START = Instant.parse("2026-11-24T15:02:00Z");

    private final CardLayout layout = new CardLayout("test.card", "Test card", "", "", List.of(CardPage.of("front",
            "Front",
            CardSection.of("contact", "Contact",
                    fixed("trackingNumber", "Number dialled", FieldType.TEXT, FieldSource.TRACKING_NUMBER),
                    fixed("source", "Advertising source", FieldType.TEXT, FieldSource.ADVERTISING_SOURCE),
                    fixed("date", "Date", FieldType.DATE, FieldSource.CONTACT_DATE),
                    fixed("time", "Time", FieldType.TIME, FieldSource.CONTACT_TIME),
                    fixed("duration", "Call length", FieldType.TEXT, FieldSource.CALL_DURATION),
                    variable("firstName", "First name", FieldType.TEXT, FieldSource.FIRST_NAME),
                    variable("lastName", "Last name", FieldType.TEXT, FieldSource.LAST_NAME),
                    variable("phone", "Phone", FieldType.PHONE, FieldSource.PHONE),
                    variable("email", "E-mail", FieldType.EMAIL, FieldSource.EMAIL),
                    variable("city", "City", FieldType.TEXT, FieldSource.CITY),
                    variable("rep", "Leasing rep", FieldType.TEXT, FieldSource.REP_NAME),
                    // identity for matching only: the rep types it even when the record has one
                    manual("emailTyped", "Other e-mail", FieldType.EMAIL).withSource(FieldSource.EMAIL),
                    manual("notes", "Notes", FieldType.MEMO)))),
            List.of(), List.of(), List.of());

    private static IncomingCall call(String callerName, Instant endedAt) {
        return new IncomingCall(1, 1, "s-1", "simulator", "+12175550142", "+12175550190", "Leasing desk",
                endedAt == null ? CallStatus.ANSWERED : CallStatus.COMPLETED, START, START.plusSeconds(4), endedAt,
                callerName, new CallSource(3, "Springfield Gazette", "multihousing.guest", false),
                CallerHistory.newCaller(), "", 0, null, 0, null, "", 0);
    }

    private Map<String, String> fromCall(String callerName) {
        return new CardPrefill(call(callerName, START.plusSeconds(245)), null, "Alice Adams", "Maple Court",
                START.plusSeconds(600), CHICAGO).values(layout);
    }

    @Test
    void callerIdNamesInCapitalsAreLastNameFirst() {
        Map<String, String> values = fromCall("BAKER BEN");
        assertEquals("Ben", values.get("firstName"));
        assertEquals("Baker", values.get("lastName"));
        assertEquals("Mary Ann", fromCall("SMITH MARY ANN").get("firstName"));
        assertEquals("Smith", fromCall("SMITH MARY ANN").get("lastName"));
        assertEquals("Ben", fromCall("Baker, Ben").get("firstName"));
        assertEquals("Baker", fromCall("Baker, Ben").get("lastName"));
    }

    @Test
    void namesAsPeopleWriteThemAreFirstNameFirst() {
        Map<String, String> values = fromCall("Ben Baker");
        assertEquals("Ben", values.get("firstName"));
        assertEquals("Baker", values.get("lastName"));
        assertEquals("Mary Ann", fromCall("Mary Ann Smith").get("firstName"));
    }

    @Test
    void aSingleWordIsALastNameAndNoNameFillsNeither() {
        assertEquals("Cher", fromCall("Cher").get("lastName"));
        assertFalse(fromCall("Cher").containsKey("firstName"));
        assertFalse(fromCall("").containsKey("lastName"));
    }

    @Test
    void theCallFillsTheFixedFieldsInTheOfficesTimeAndLeavesManualOnesEmpty() {
        Map<String, String> values = fromCall("BAKER BEN");
        assertEquals("+12175550190", values.get("trackingNumber"));
        assertEquals("Springfield Gazette", values.get("source"));
        assertEquals("2026-11-24", values.get("date"));
        assertEquals("09:02", values.get("time"));
        assertEquals("4:05", values.get("duration"));
        assertEquals("+12175550142", values.get("phone"));
        assertEquals("Alice Adams", values.get("rep"));
        assertFalse(values.containsKey("emailTyped"));
        assertFalse(values.containsKey("notes"));
    }

    @Test
    void aCallStillGoingHasNoLengthYet() {
        Map<String, String> values = new CardPrefill(call("BAKER BEN", null), null, "Alice Adams", "Maple Court",
                START.plusSeconds(30), CHICAGO).values(layout);
        assertFalse(values.containsKey("duration"));
    }

    @Test
    void theCallersRecordWinsOverTheSignalledName() {
        Customer ben = new Customer(12, 1, "C-12", "Benjamin", "Baker", "",
                new Address("12 Elm Street", "Springfield", "IL", "62701", "US"),
                List.of(Phone.of(PhoneType.MOBILE, "(217) 555-0142")), List.of(new Email("home", "ben@example.com")), "", 1);
        Map<String, String> values = new CardPrefill(call("BAKER B", START.plusSeconds(60)), ben, "Alice Adams",
                "Maple Court", START, CHICAGO).values(layout);
        assertEquals("Benjamin", values.get("firstName"));
        assertEquals("(217) 555-0142", values.get("phone"));
        assertEquals("ben@example.com", values.get("email"));
        assertEquals("Springfield", values.get("city"));
    }

    @Test
    void aBlankCardGetsTodayAndTheRepButNoCallDetails() {
        Map<String, String> values = new CardPrefill(null, null, "Alice Adams", "Maple Court",
                Instant.parse("2026-11-25T03:30:00Z"), CHICAGO).values(layout);
        assertEquals("2026-11-24", values.get("date"));
        assertEquals("21:30", values.get("time"));
        assertEquals("Alice Adams", values.get("rep"));
        assertFalse(values.containsKey("trackingNumber"));
        assertFalse(values.containsKey("phone"));
        assertFalse(values.containsKey("lastName"));
    }
}
