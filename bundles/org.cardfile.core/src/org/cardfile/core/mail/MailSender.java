package org.cardfile.core.mail;

/**
 * Sends e-mail through the office's SMTP server. Configured through Configuration Admin (PID
 * {@code org.cardfile.mail.smtp}); while it is not configured, {@link #isConfigured()} is false and
 * the workbench says so instead of offering to send.
 */
public interface MailSender {

    boolean isConfigured();

    /** "smtp.example.com:587 (STARTTLS) as leasing@example.com", or why it is not configured. */
    String describe();

    /**
     * Sends the mail now.
     *
     * @throws MailException refused by the server, unreachable, or not configured
     */
    void send(OutgoingMail mail);
}
