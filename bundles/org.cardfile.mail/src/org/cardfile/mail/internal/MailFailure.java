package org.cardfile.mail.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

/** Turns what Jakarta Mail throws into a sentence that tells a rep (or the admin they call) what to do. */
final class MailFailure {
    private MailFailure() {
    }

    static String explain(MessagingException e, SmtpSettings smtp, String recipient) {
        String server = "the mail server " + smtp.server();
        String serverFirst = "The mail server " + smtp.server();
        if (e instanceof AuthenticationFailedException) {
            return serverFirst + " refused the login " + (smtp.username().isEmpty() ? "(none configured)" : smtp.username())
                    + ": " + reply(e) + ". Ask your administrator to check the e-mail user name and password.";
        }
        SMTPAddressFailedException refused = find(e, SMTPAddressFailedException.class);
        if (refused != null) {
            return serverFirst + " refused the recipient " + refused.getAddress() + ": " + reply(refused)
                    + ". Check the customer's e-mail address.";
        }
        if (e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0) {
            return serverFirst + " refused the recipient " + addresses(failed.getInvalidAddresses()) + ": " + reply(e)
                    + ". Check the customer's e-mail address.";
        }
        if (find(e, UnknownHostException.class) != null) {
            return "Cannot reach " + server + ": the name " + smtp.host() + " is unknown. Check the e-mail host"
                    + " setting and this computer's network.";
        }
        if (find(e, SSLException.class) != null) {
            return "Cannot open a secure connection to " + server + ": " + find(e, SSLException.class).getMessage()
                    + ". Check the e-mail security setting (none, starttls or ssl) and the port.";
        }
        if (find(e, SocketTimeoutException.class) != null) {
            return "Cannot reach " + server + ": no answer within " + smtp.timeout().toSeconds() + " seconds. Check"
                    + " the e-mail host and port, and that a firewall lets this computer reach it.";
        }
        if (e instanceof MailConnectException || find(e, ConnectException.class) != null
                || find(e, NoRouteToHostException.class) != null) {
            return "Cannot reach " + server + ": the connection was refused. Check the e-mail host and port, and"
                    + " that the mail server is running.";
        }
        if (find(e, SMTPSendFailedException.class) != null) {
            return serverFirst + " did not accept the message: " + reply(find(e, SMTPSendFailedException.class)) + ".";
        }
        return "Sending to " + recipient + " through " + server + " failed: " + reply(e) + ".";
    }

    /** The server's own words (or the library's), without the stack of nested messages. */
    private static String reply(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip().lines()
                .findFirst().orElse(message);
    }

    private static String addresses(Address[] list) {
        return Arrays.stream(list).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The first exception of the type along the cause chain and Jakarta Mail's next-exception chain. */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        Throwable current = e;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            Throwable next = current instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException() : current.getCause();
            current = next == current ? null : next;
        }
        return null;
    }
}
