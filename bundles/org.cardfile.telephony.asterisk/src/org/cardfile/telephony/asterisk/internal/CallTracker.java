package org.cardfile.telephony.asterisk.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;

/**
 * Turns AMI channel events into call events. A call is everything sharing a {@code Linkedid} (the
 * {@code Uniqueid} of the channel that started it; the {@code Uniqueid} itself when an Asterisk sends
 * no {@code Linkedid}). Its caller, name and dialled number come from that first channel.
 * <ul>
 * <li>{@code Newchannel}, {@code Newstate} Ring/Ringing, {@code DialBegin} → RINGING</li>
 * <li>{@code Newstate} Up, {@code BridgeEnter} → ANSWERED</li>
 * <li>{@code Hangup} of the first channel ends the call: COMPLETED after an answer; before an answer
 * BUSY when a channel hung up with cause 17 or a dial ended BUSY, NO_ANSWER for causes 18/19 or a dial
 * ending NOANSWER, otherwise ABANDONED (cause 16 normal clearing, 127 originator cancel, a dial
 * ending CANCEL: the caller gave up)</li>
 * </ul>
 * Each status is reported once per call with its rank as sequence (ringing 1, answered 2, final 3).
 * The state outlives a connection, so after a reconnect nothing is reported twice and a call that
 * was ringing before the drop is answered and completed after it. Used from one thread only.
 */
final class CallTracker {

    static final String DRIVER = "asterisk";
    /** Finished calls remembered so late events of their other channels start nothing. */
    private static final int FINISHED_MEMORY = 2000;
    /** Calls whose end was never seen (a hangup lost in a reconnect) are dropped after this many. */
    private static final int MAX_OPEN_CALLS = 5000;

    private final AmiSettings settings;
    private final Clock clock;
    private final Map<String, Call> open = new LinkedHashMap<>();
    private final Map<String, Boolean> finished = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > FINISHED_MEMORY;
        }
    };

    CallTracker(AmiSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** What is known of a call so far. */
    private static final class Call {
        final String session;
        String ani = "";
        String callerName = "";
        String dnis = "";
        String destination = "";
        CallStatus missedReason;
        final Set<CallStatus> reported = EnumSet.noneOf(CallStatus.class);

        Call(String session) {
            this.session = session;
        }
    }

    /** The call events this AMI event causes; usually none or one. */
    List<CallEvent> onEvent(AmiMessage event) {
        String name = event.event().orElse("").toLowerCase(Locale.ROOT);
        String session = event.get("Linkedid").or(() -> event.get("Uniqueid")).orElse("");
        if (session.isEmpty() || finished.containsKey(session)) {
            return List.of();
        }
        Call known = open.get(session);
        if (known == null && !startsCall(name, event)) {
            return List.of();
        }
        Call call = known != null ? known : start(session);
        learn(call, event);
        Instant at = timestamp(event);
        List<CallEvent> events = new ArrayList<>(1);
        switch (name) {
            case "newchannel", "dialbegin" -> report(call, CallStatus.RINGING, at, events);
            case "newstate" -> {
                String state = event.getOrEmpty("ChannelStateDesc").toLowerCase(Locale.ROOT);
                if (state.equals("ring") || state.equals("ringing")) {
                    report(call, CallStatus.RINGING, at, events);
                } else if (state.equals("up")) {
                    report(call, CallStatus.ANSWERED, at, events);
                }
            }
            case "bridgeenter" -> report(call, CallStatus.ANSWERED, at, events);
            case "dialend" -> call.missedReason = dialStatus(event.getOrEmpty("DialStatus")).orElse(call.missedReason);
            case "hangup" -> {
                hangupCause(event).ifPresent(reason -> call.missedReason = reason);
                if (event.getOrEmpty("Uniqueid").equals(session)) {
                    CallStatus end = call.reported.contains(CallStatus.ANSWERED) ? CallStatus.COMPLETED
                            : call.missedReason != null ? call.missedReason : CallStatus.ABANDONED;
                    report(call, end, at, events);
                    open.remove(session);
                    finished.put(session, Boolean.TRUE);
                }
            }
            default -> {
                // other events (VarSet, BridgeLeave, …) only add what learn() took from them
            }
        }
        return events;
    }

    /**
     * A channel starts a call when it is the first of its linked group and arrived in one of the
     * configured contexts. Also taken: any later event of a call already ringing when this driver
     * connected (it never saw that call's Newchannel), so a reconnect loses no call.
     */
    private boolean startsCall(String name, AmiMessage event) {
        if (!event.getOrEmpty("Uniqueid").equals(event.get("Linkedid").orElse(event.getOrEmpty("Uniqueid")))) {
            return false;
        }
        if (!name.equals("newchannel") && !name.equals("newstate") && !name.equals("dialbegin")) {
            return false;
        }
        return settings.contexts().isEmpty() || settings.contexts().contains(event.getOrEmpty("Context"));
    }

    private Call start(String session) {
        if (open.size() >= MAX_OPEN_CALLS) {
            open.remove(open.keySet().iterator().next());
        }
        Call call = new Call(session);
        open.put(session, call);
        return call;
    }

    /** Takes caller, name and dialled number from the call's own channel, the destination from a dial. */
    private void learn(Call call, AmiMessage event) {
        if (event.getOrEmpty("Uniqueid").equals(call.session)) {
            if (call.ani.isEmpty()) {
                call.ani = known(event.getOrEmpty("CallerIDNum"));
            }
            if (call.callerName.isEmpty()) {
                call.callerName = known(event.getOrEmpty("CallerIDName"));
            }
            if (!settings.didVariable().isEmpty()) {
                event.channelVariable(settings.didVariable()).ifPresent(did -> call.dnis = did);
            }
            if (call.dnis.isEmpty()) {
                // the extension the call arrived on; "s" is the dialplan's start, not a number
                String exten = event.getOrEmpty("Exten");
                if (!exten.isEmpty() && !exten.equals("s")) {
                    call.dnis = exten;
                }
            }
        }
        if (call.destination.isEmpty() && event.event().orElse("").equalsIgnoreCase("DialBegin")) {
            call.destination = event.get("DialString").or(() -> event.get("DestExten")).orElse("");
        }
    }

    private void report(Call call, CallStatus status, Instant at, List<CallEvent> out) {
        if (!call.reported.add(status)) {
            return;
        }
        out.add(new CallEvent(DRIVER, call.session, status.rank(), call.ani, call.dnis, call.destination, status, at,
                call.callerName, ""));
    }

    private static Optional<CallStatus> dialStatus(String status) {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "BUSY" -> Optional.of(CallStatus.BUSY);
            case "NOANSWER" -> Optional.of(CallStatus.NO_ANSWER);
            case "CANCEL" -> Optional.of(CallStatus.ABANDONED);
            default -> Optional.empty();
        };
    }

    /** Causes 17 (user busy), 18 (no user responding) and 19 (no answer) tell why nobody answered. */
    private static Optional<CallStatus> hangupCause(AmiMessage event) {
        return switch (event.getOrEmpty("Cause")) {
            case "17" -> Optional.of(CallStatus.BUSY);
            case "18", "19" -> Optional.of(CallStatus.NO_ANSWER);
            default -> Optional.empty();
        };
    }

    /** Asterisk writes {@code <unknown>} for a withheld or missing caller ID. */
    private static String known(String value) {
        return value.equals("<unknown>") ? "" : value;
    }

    /** The event's own time when Asterisk stamps events ({@code timestampevents=yes}), else now. */
    private Instant timestamp(AmiMessage event) {
        Optional<String> stamp = event.get("Timestamp");
        if (stamp.isPresent()) {
            try {
                BigDecimal seconds = new BigDecimal(stamp.get());
                return Instant.ofEpochSecond(seconds.longValue(),
                        seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
            } catch (NumberFormatException | ArithmeticException e) {
                // an odd stamp is no reason to lose the event
            }
        }
        return clock.instant();
    }

    /** Open calls, for the admin's description. */
    int openCalls() {
        return open.size();
    }

}
