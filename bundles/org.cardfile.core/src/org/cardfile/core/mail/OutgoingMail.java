package org.cardfile.core.mail;

/** A plain-text e-mail to one recipient. */
public record OutgoingMail(String to, String toName, String subject, String body) {
    public OutgoingMail {
        toName = toName == null ? "" : toName;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }
}
