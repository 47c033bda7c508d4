package org.cardfile.telephony.sip.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.text.ParseException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import gov.nist.javax.sip.parser.StringMsgParserFactory;

/**
 * A SIP user agent server that takes every call it is offered and reports it: INVITE rings (100, 180,
 * RINGING), answers after the configured ring time (200 with SDP, ANSWERED), CANCEL before that
 * abandons it (200, 487, ABANDONED) and BYE completes it (200, COMPLETED). The JAIN-SIP stack does
 * parsing, transactions and retransmissions; this class only decides what each request means.
 */
public final class SipEndpoint implements SipListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SipEndpoint.class.getName());
    /** Methods a SIP UA may send that this endpoint understands but does not serve: 405, not 501. */
    private static final Set<String> NOT_SERVED = Set.of(Request.REGISTER, Request.SUBSCRIBE, Request.NOTIFY,
            Request.MESSAGE, Request.INFO, Request.UPDATE, Request.PRACK, Request.REFER, Request.PUBLISH);
    /** An ended call is remembered as long as SIP retransmits (64·T1), so a late copy starts nothing. */
    private static final long LINGER_MILLIS = 32_000;

    private final SipConfig config;
    private final Clock clock;
    private final Map<String, SipCall> calls = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker;
    private final EventDelivery delivery;
    private Replies replies;
    private SipStackImpl stack;
    private SipProvider provider;

    public SipEndpoint(SipConfig config, CallEventSink sink) {
        this(config, sink, Clock.systemUTC());
    }

    SipEndpoint(SipConfig config, CallEventSink sink, Clock clock) {
        if (!config.configured()) {
            throw new IllegalArgumentException("No SIP port configured");
        }
        this.config = config;
        this.clock = clock;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cardfile-sip " + config.where());
            t.setDaemon(true);
            return t;
        });
        this.delivery = new EventDelivery(sink, worker, clock);
    }

    /** Binds every configured transport and starts serving; on failure nothing stays bound. */
    public synchronized void start() throws IOException {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "cardfile-sip " + config.where());
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", StackLogBridge.class.getName());
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
        try {
            stack = new SipStackImpl(p);
            var parsers = stack.getMessageParserFactory();
            stack.setMessageParserFactory(new MalformedMessageLog(parsers != null ? parsers : new StringMsgParserFactory()));
            for (String transport : config.transports()) {
                ListeningPoint point = stack.createListeningPoint(config.address(), config.port(), transport);
                if (provider == null) {
                    provider = stack.createSipProvider(point);
                } else {
                    provider.addListeningPoint(point);
                }
            }
            replies = new Replies(new MessageFactoryImpl(), new HeaderFactoryImpl(), new AddressFactoryImpl(), config);
            provider.addSipListener(this);
            stack.start();
            LOG.log(Level.INFO, "SIP endpoint listening on {0}", config.where());
        } catch (Exception e) {
            close();
            throw new IOException("Cannot listen for SIP on " + config.where() + ": " + e.getMessage(), e);
        }
    }

    /** Calls that are ringing or answered now (ended ones linger a while for retransmissions, uncounted). */
    int callsInProgress() {
        return (int) calls.values().stream().filter(c -> c.status().rank() < CallStatus.COMPLETED.rank()).count();
    }

    public synchronized boolean listening() {
        return provider != null;
    }

    @Override
    public synchronized void close() {
        if (stack != null) {
            stack.stop();
            stack = null;
            provider = null;
        }
        worker.shutdown();
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String method = request.getMethod();
        try {
            switch (method) {
                case Request.INVITE -> invite(event);
                case Request.CANCEL -> cancel(event);
                case Request.BYE -> bye(event);
                case Request.ACK -> {
                    // the ACK for our 200 confirms the call; nothing to report (ACKs for errors stay in the stack)
                }
                case Request.OPTIONS -> reply(event, replies.allowing(Response.OK, request));
                default -> reply(event, NOT_SERVED.contains(method) ? replies.allowing(Response.METHOD_NOT_ALLOWED,
                        request) : replies.create(Response.NOT_IMPLEMENTED, request));
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "SIP " + method + " from " + source(request) + " (Call-ID " + callId(request)
                    + ") could not be served: " + e, e);
        }
    }

    private void invite(RequestEvent event) throws Exception {
        Request request = event.getRequest();
        String session = callId(request);
        SipCall known = calls.get(session);
        if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
            // re-INVITE inside the dialog (a session refresh, a hold): keep the call as it is
            if (known != null && known.status() == CallStatus.ANSWERED) {
                reply(event, replies.answer(request, known.toTag(), transport(request)));
            } else {
                reply(event, replies.create(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
            }
            return;
        }
        if (known != null) {
            // a copy of the INVITE the stack's transaction no longer absorbs (after the 2xx): report nothing;
            // a new INVITE reusing a live Call-ID is a loop or a merged fork (RFC 3261 8.2.2.2)
            if (known.inviteCSeq() != cseq(request)) {
                reply(event, replies.create(Response.LOOP_DETECTED, request));
            }
            return;
        }
        ServerTransaction transaction = transaction(event);
        if (transaction == null) {
            return;
        }
        SipCall call = new SipCall(session, CallParties.of(request, config.destination()), transaction, newTag(),
                cseq(request), clock.instant());
        if (calls.putIfAbsent(session, call) != null) {
            return;
        }
        send(transaction, replies.create(Response.TRYING, request), request);
        send(transaction, replies.tagged(Response.RINGING, request, call.toTag()), request);
        delivery.deliver(call, CallStatus.RINGING);
        call.answerWith(worker.schedule(() -> answer(call, transport(request)), config.ringTime().toMillis(),
                TimeUnit.MILLISECONDS));
    }

    /** Runs on the worker when the ring time is up, unless CANCEL came first. */
    private void answer(SipCall call, String transport) {
        if (!call.moveTo(CallStatus.ANSWERED)) {
            return;
        }
        // queued before the 200 goes out, so a BYE that follows at once is reported after it
        delivery.deliver(call, CallStatus.ANSWERED);
        Request invite = call.invite().getRequest();
        try {
            send(call.invite(), replies.answer(invite, call.toTag(), transport), invite);
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "SIP call session=" + call.sessionId() + ": no 200 OK could be built: " + e, e);
        }
    }

    private void cancel(RequestEvent event) throws Exception {
        Request request = event.getRequest();
        SipCall call = calls.get(callId(request));
        ServerTransaction transaction = transaction(event);
        if (transaction == null) {
            return;
        }
        if (call == null) {
            send(transaction, replies.create(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request), request);
            return;
        }
        // reported before anything is sent: the caller gave up whether or not our answers reach them
        boolean abandoned = call.moveTo(CallStatus.ABANDONED);
        if (abandoned) {
            delivery.deliver(call, CallStatus.ABANDONED);
            forgetLater(call);
        }
        send(transaction, replies.create(Response.OK, request), request);
        if (abandoned) {
            Request invite = call.invite().getRequest();
            send(call.invite(), replies.tagged(Response.REQUEST_TERMINATED, invite, call.toTag()), invite);
        }
    }

    private void bye(RequestEvent event) throws Exception {
        Request request = event.getRequest();
        SipCall call = calls.get(callId(request));
        ServerTransaction transaction = transaction(event);
        if (transaction == null) {
            return;
        }
        if (call == null) {
            send(transaction, replies.create(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request), request);
            return;
        }
        CallStatus ended = call.hangUp();
        if (ended != null) {
            delivery.deliver(call, ended);
            forgetLater(call);
        }
        send(transaction, replies.create(Response.OK, request), request);
        if (ended == CallStatus.ABANDONED) {
            // a caller hanging up before the answer should CANCEL; a BYE in the early dialog means the same
            Request invite = call.invite().getRequest();
            send(call.invite(), replies.tagged(Response.REQUEST_TERMINATED, invite, call.toTag()), invite);
        }
    }

    /**
     * Sends one response; a failure is logged and goes no further, so the others still go out. Over TCP
     * the stack may report a connection the caller closed right after reading the response.
     */
    private void send(ServerTransaction transaction, Response response, Request request) {
        try {
            transaction.sendResponse(response);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "SIP {0} {1} to {2} from {3} (Call-ID {4}) not sent: {5}", response.getStatusCode(),
                    response.getReasonPhrase(), request.getMethod(), source(request), callId(request), e.toString());
        }
    }

    private void forgetLater(SipCall call) {
        try {
            worker.schedule(() -> calls.remove(call.sessionId(), call), LINGER_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            calls.remove(call.sessionId(), call);
        }
    }

    /** The request's transaction; null for a retransmission that raced its original (the stack answers it). */
    private ServerTransaction transaction(RequestEvent event) throws Exception {
        ServerTransaction existing = event.getServerTransaction();
        if (existing != null) {
            return existing;
        }
        try {
            return provider.getNewServerTransaction(event.getRequest());
        } catch (TransactionAlreadyExistsException retransmission) {
            return null;
        }
    }

    private void reply(RequestEvent event, Response response) throws Exception {
        ServerTransaction transaction = transaction(event);
        if (transaction != null) {
            send(transaction, response, event.getRequest());
        }
    }

    private static String callId(Request request) {
        CallIdHeader id = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        return id == null ? "" : id.getCallId();
    }

    private static long cseq(Request request) {
        CSeqHeader cseq = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
        return cseq == null ? -1 : cseq.getSeqNumber();
    }

    private static String transport(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        return via == null ? "udp" : via.getTransport().toLowerCase(Locale.ROOT);
    }

    /** Where the request came from, as its top Via says (received/rport when the stack added them). */
    private static String source(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        if (via == null) {
            return "an unknown peer";
        }
        String host = via.getReceived() != null ? via.getReceived() : via.getHost();
        int port = via.getRPort() > 0 ? via.getRPort() : via.getPort();
        return via.getTransport().toLowerCase(Locale.ROOT) + " " + host + ":" + port;
    }

    private static String newTag() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    @Override
    public void processResponse(ResponseEvent event) {
        // the endpoint sends no requests of its own
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        LOG.log(Level.DEBUG, "SIP transaction timed out: {0}", event.getTimeout());
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.log(Level.WARNING, "SIP transport error talking to {0} {1}:{2}", event.getTransport(), event.getHost(),
                event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing held per transaction
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // calls end with BYE or CANCEL; a dialog timing out without either is left as it was reported
    }
}
