package org.cardfile.telephony.sip.internal;

import java.util.ListIterator;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderAddress;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

/**
 * Who calls whom, as an INVITE signals it.
 *
 * @param ani         the caller: P-Asserted-Identity (set by a trusted proxy, so it beats From) else From;
 *                    empty when the caller is anonymous
 * @param callerName  the display name of the header the ANI came from, else From's
 * @param dnis        the dialled number: the Request-URI's user part
 * @param destination the configured destination, else the To header's user part
 */
public record CallParties(String ani, String callerName, String dnis, String destination) {

    static final String ASSERTED_IDENTITY = "P-Asserted-Identity";

    public static CallParties of(Request invite, String configuredDestination) {
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        Address fromAddress = from == null ? null : from.getAddress();
        Address asserted = assertedIdentity(invite);
        Address caller = asserted != null ? asserted : fromAddress;
        String name = displayName(caller);
        if (name.isEmpty()) {
            name = displayName(fromAddress);
        }
        String ani = caller == null ? "" : user(caller.getURI());
        if (ani.equalsIgnoreCase("anonymous")) {
            ani = "";
        }
        String destination = configuredDestination;
        if (destination == null || destination.isBlank()) {
            ToHeader to = (ToHeader) invite.getHeader(ToHeader.NAME);
            destination = to == null || to.getAddress() == null ? "" : user(to.getAddress().getURI());
        }
        return new CallParties(ani, name, user(invite.getRequestURI()), destination);
    }

    /** The first P-Asserted-Identity value; a proxy may add a sip: and a tel: one, both name the caller. */
    private static Address assertedIdentity(Request invite) {
        ListIterator<?> values = invite.getHeaders(ASSERTED_IDENTITY);
        while (values != null && values.hasNext()) {
            Header h = (Header) values.next();
            if (h instanceof HeaderAddress address && address.getAddress() != null) {
                return address.getAddress();
            }
        }
        return null;
    }

    private static String displayName(Address address) {
        String name = address == null ? null : address.getDisplayName();
        return name == null ? "" : name.strip();
    }

    /** The user part of a sip:/sips: URI (without user parameters), or a tel: URL's number. */
    static String user(URI uri) {
        if (uri instanceof SipURI sip) {
            String user = sip.getUser();
            if (user == null) {
                return "";
            }
            int params = user.indexOf(';');
            return (params < 0 ? user : user.substring(0, params)).strip();
        }
        if (uri instanceof TelURL tel) {
            return (tel.isGlobal() ? "+" : "") + tel.getPhoneNumber();
        }
        return "";
    }
}
