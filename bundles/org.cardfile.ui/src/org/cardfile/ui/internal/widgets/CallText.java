package org.cardfile.ui.internal.widgets;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.cardfile.core.calls.IncomingCall;

/** How a call reads on screen: in the list, in the editor's banner. */
public final class CallText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private CallText() {
    }

    public static String duration(IncomingCall call, Instant now) {
        return duration(call.duration(now));
    }

    /** "4:05", or "1:02:03" past the hour. */
    public static String duration(Duration d) {
        long h = d.toHours();
        return h > 0 ? String.format("%d:%02d:%02d", h, d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** The status column: a card sent from another office reads TRANSFER rather than a call status. */
    public static String status(IncomingCall call) {
        return call.isTransfer() ? "TRANSFER" : call.status().label();
    }

    public static String source(IncomingCall call) {
        if (call.isTransfer()) {
            return call.source().advertisingSource();
        }
        if (call.source().unknownNumber()) {
            return call.dnis() + " (not a tracking number)";
        }
        return call.dnis() + " · " + call.source().advertisingSource();
    }

    /** "Returning · 4 earlier contacts · last: Call · P01 · Alice Adams, 11/20/26 3:04 PM" or "New caller". */
    public static String history(IncomingCall call) {
        if (!call.caller().returning()) {
            return "New caller";
        }
        StringBuilder s = new StringBuilder("Returning");
        int n = call.caller().earlierContacts();
        s.append(" · ").append(n).append(n == 1 ? " earlier contact" : " earlier contacts");
        if (call.caller().otherMatches() > 0) {
            s.append(" · number shared with ").append(call.caller().otherMatches()).append(" other record(s)");
        }
        if (call.caller().lastContactAt() != null) {
            s.append(" · last: ").append(call.caller().lastContact()).append(", ")
                    .append(DATE_TIME.format(call.caller().lastContactAt()));
        }
        return s.toString();
    }

    /** The one-line banner of a call being handled in an editor. */
    public static String banner(IncomingCall call, Instant now) {
        if (call.isTransfer()) {
            return "TRANSFER · " + call.source().advertisingSource() + " · " + call.callerLabel() + "  ·  "
                    + time(call.startedAt()) + (call.isTaken() ? "  ·  taken by " + call.takenBy() : "");
        }
        return "Call from " + call.callerLabel() + (call.ani().equals(call.callerLabel()) ? "" : " " + call.ani())
                + "  ·  dialled " + source(call) + "  ·  " + time(call.startedAt()) + "  ·  " + duration(call, now)
                + (call.endedAt() == null ? " and counting" : " (" + call.status().label().toLowerCase() + ")")
                + "\n" + history(call);
    }
}
