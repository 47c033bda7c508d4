package org.cardfile.telephony.sip.internal;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Locale;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * Wraps the stack's message parser to say, in one line, what was dropped and who sent it. The stack
 * itself drops an unparsable message with a debug line only, so without this a misconfigured trunk
 * would look like silence. A parser failure of any kind becomes a {@link ParseException}, which the
 * stack handles by dropping the message, so the endpoint keeps serving.
 */
final class MalformedMessageLog implements MessageParserFactory {
    private static final System.Logger LOG = System.getLogger(MalformedMessageLog.class.getName());
    private static final int PREVIEW = 80;

    private final MessageParserFactory delegate;

    MalformedMessageLog(MessageParserFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        MessageParser parser = delegate.createMessageParser(stack);
        return (bytes, readBody, strict, listener) -> parse(parser, bytes, readBody, strict, listener);
    }

    private static SIPMessage parse(MessageParser parser, byte[] bytes, boolean readBody, boolean strict,
            ParseExceptionListener listener) throws ParseException {
        try {
            return parser.parseSIPMessage(bytes, readBody, strict, listener);
        } catch (ParseException e) {
            log(bytes, listener, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            log(bytes, listener, e.toString());
            ParseException dropped = new ParseException("unparsable message: " + e, 0);
            dropped.initCause(e);
            throw dropped;
        }
    }

    private static void log(byte[] bytes, ParseExceptionListener listener, String reason) {
        LOG.log(Level.WARNING, "Dropped a malformed SIP message from {0} ({1} bytes): {2}; it starts: \"{3}\"",
                source(listener), bytes == null ? 0 : bytes.length, escape(String.valueOf(reason)), preview(bytes));
    }

    /**
     * The channel the stack parses for knows the peer. A UDP channel has only the sender's address when
     * it parses (its port field is filled in after, and may still hold an earlier datagram's), so for UDP
     * the line names the address alone; a TCP channel is one connection and knows both.
     */
    static String source(Object listener) {
        if (listener instanceof MessageChannel channel) {
            String transport = channel.getTransport().toLowerCase(Locale.ROOT);
            return transport + " " + channel.getPeerAddress()
                    + (transport.equals("udp") || channel.getPeerPort() <= 0 ? "" : ":" + channel.getPeerPort());
        }
        return "an unknown peer";
    }

    /** The first bytes, control characters escaped, so the line stays one line and shows what came. */
    static String preview(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        String text = new String(bytes, 0, Math.min(bytes.length, PREVIEW), StandardCharsets.ISO_8859_1);
        return bytes.length > PREVIEW ? escape(text) + "…" : escape(text);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
