package org.cardfile.telephony.sip.internal;

import java.text.ParseException;
import java.util.List;

import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** Builds the endpoint's responses; the SIP stack's factories do the formatting. */
final class Replies {
    /** What the endpoint serves; named in Allow for OPTIONS and 405. */
    static final List<String> ALLOWED = List.of(Request.INVITE, Request.ACK, Request.CANCEL, Request.BYE,
            Request.OPTIONS);

    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final SipConfig config;

    Replies(MessageFactory messages, HeaderFactory headers, AddressFactory addresses, SipConfig config) {
        this.messages = messages;
        this.headers = headers;
        this.addresses = addresses;
        this.config = config;
    }

    Response create(int status, Request request) throws ParseException {
        return messages.createResponse(status, request);
    }

    /** A response inside the call's dialog: To carries the tag the endpoint chose with 180. */
    Response tagged(int status, Request request, String toTag) throws ParseException {
        Response response = create(status, request);
        ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(toTag);
        return response;
    }

    Response allowing(int status, Request request) throws ParseException {
        Response response = create(status, request);
        response.addHeader(headers.createAllowHeader(String.join(", ", ALLOWED)));
        return response;
    }

    /** 200 OK for an INVITE: Contact (where the caller sends ACK and BYE) and an SDP answer. */
    Response answer(Request invite, String toTag, String transport) throws ParseException {
        Response response = tagged(Response.OK, invite, toTag);
        SipURI contact = addresses.createSipURI(null, config.address());
        contact.setPort(config.port());
        contact.setTransportParam(transport);
        response.addHeader(headers.createContactHeader(addresses.createAddress(contact)));
        response.setContent(sdp(), headers.createContentTypeHeader("application", "sdp"));
        return response;
    }

    /**
     * The endpoint records calls, it does not take audio: the stream is {@code inactive} on the discard
     * port 9 (the convention for a stream that will carry nothing), PCMU being what every caller offers.
     */
    String sdp() {
        String family = config.address().contains(":") ? "IP6" : "IP4";
        long version = System.currentTimeMillis() / 1000;
        return "v=0\r\n"
                + "o=cardfile " + version + " " + version + " IN " + family + " " + config.address() + "\r\n"
                + "s=Cardfile\r\n"
                + "c=IN " + family + " " + config.address() + "\r\n"
                + "t=0 0\r\n"
                + "m=audio 9 RTP/AVP 0\r\n"
                + "a=rtpmap:0 PCMU/8000\r\n"
                + "a=inactive\r\n";
    }
}
