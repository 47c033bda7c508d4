package org.cardfile.mail.internal;

import java.io.UnsupportedEncodingException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

import org.cardfile.core.mail.MailException;
import org.cardfile.core.mail.MailSender;
import org.cardfile.core.mail.OutgoingMail;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends card e-mail through the office's SMTP server with Jakarta Mail (Eclipse Angus). Settings come
 * from configuration {@value #PID} (Configuration Admin, when installed) or the framework properties
 * {@code cardfile.mail.smtp.*}; a changed configuration applies to the next mail, without restarting
 * anything. Without a host it stays registered, says it is not set up, and refuses to send.
 */
@Component(service = MailSender.class, configurationPid = SmtpMailSender.PID, property = "service.ranking:Integer=-1")
@Designate(ocd = SmtpConfiguration.class)
public final class SmtpMailSender implements MailSender {
    static final String PID = "org.cardfile.mail.smtp";
    private static final System.Logger LOG = System.getLogger(SmtpMailSender.class.getName());

    /** The settings, or why they could not be read. */
    private record State(SmtpSettings settings, String problem) {
        boolean ready() {
            return problem == null && settings.configured();
        }

        String notSetUp() {
            return problem != null ? problem : settings.howToConfigure();
        }
    }

    private final BundleContext context;
    private volatile State state;

    @Activate
    public SmtpMailSender(BundleContext context, Map<String, Object> properties) {
        this.context = context;
        configure(properties);
    }

    /** Configuration Admin changed {@value #PID}: the next mail uses the new settings. */
    @Modified
    void configure(Map<String, Object> properties) {
        State next;
        try {
            next = new State(SmtpSettings.read(properties::get, context::getProperty), null);
        } catch (IllegalArgumentException badSetting) {
            next = new State(new SmtpSettings(null, 0, null, null, null, null, null, null),
                    "a mail setting is wrong: " + badSetting.getMessage());
        }
        state = next;
        LOG.log(next.ready() ? Level.INFO : next.problem != null ? Level.WARNING : Level.INFO, "Mail sender (" + PID + "): " + describe());
    }

    @Override
    public boolean isConfigured() {
        return state.ready();
    }

    @Override
    public String describe() {
        State current = state;
        return current.ready() ? current.settings.describe() : "E-mail is not set up: " + current.notSetUp();
    }

    @Override
    public void send(OutgoingMail mail) {
        State current = state;
        if (!current.ready()) {
            throw new MailException("E-mail is not set up: " + current.notSetUp());
        }
        SmtpSettings smtp = current.settings;
        InternetAddress to = address("recipient", mail.to(), mail.toName());
        InternetAddress from = address("sender (" + SmtpSettings.FRAMEWORK_PREFIX + "from.address)", smtp.fromAddress(),
                smtp.fromName());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jakarta Mail and Activation find their implementation (Angus: the SMTP provider, the stream
        // provider, the text/plain handler) through the context class loader; in OSGi that must be the
        // Angus bundle's, or Session finds no "smtp" provider.
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            Session session = Session.getInstance(properties(smtp));
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(Instant.now()));
            if (smtp.username().isEmpty()) {
                Transport.send(message);
            } else {
                Transport.send(message, smtp.username(), smtp.password());
            }
            LOG.log(Level.INFO, "E-mail \"{0}\" sent to {1} through {2}", mail.subject(), mail.to(), smtp.server());
        } catch (MessagingException e) {
            String reason = MailFailure.explain(e, smtp, mail.to());
            LOG.log(Level.WARNING, "E-mail \"" + mail.subject() + "\" to " + mail.to() + " through " + smtp.describe()
                    + " failed: " + reason, e);
            throw new MailException(reason, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static InternetAddress address(String role, String address, String name) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (!name.isBlank()) {
                parsed.setPersonal(name, StandardCharsets.UTF_8.name());
            }
            return parsed;
        } catch (AddressException e) {
            throw new MailException("The " + role + " address \"" + address + "\" is not a valid e-mail address: "
                    + e.getMessage(), e);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static Properties properties(SmtpSettings smtp) {
        String protocol = smtp.security() == SmtpSettings.Security.SSL ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        String millis = Long.toString(smtp.timeout().toMillis());
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", protocol);
        // Transport.send picks the protocol by address type, so e-mail addresses must map to it too
        p.setProperty("mail.transport.protocol.rfc822", protocol);
        p.setProperty(prefix + "host", smtp.host());
        p.setProperty(prefix + "port", Integer.toString(smtp.port()));
        p.setProperty(prefix + "connectiontimeout", millis);
        p.setProperty(prefix + "timeout", millis);
        p.setProperty(prefix + "writetimeout", millis);
        p.setProperty(prefix + "auth", Boolean.toString(!smtp.username().isEmpty()));
        p.setProperty(prefix + "from", smtp.fromAddress());
        p.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
        if (smtp.security() == SmtpSettings.Security.STARTTLS) {
            // required, not merely enabled: a password must not cross the network in the clear
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (smtp.security() != SmtpSettings.Security.NONE) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }
}
