package org.cardfile.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.cardfile.core.mail.MailException;
import org.cardfile.core.mail.MailSender;
import org.cardfile.core.mail.OutgoingMail;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The sender as the running DS component, configured through Configuration Admin, sending to GreenMail:
 * a real SMTP server on a free loopback port in this JVM.
 */
class SmtpMailSenderTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BundleContext context = FrameworkUtil.getBundle(SmtpMailSenderTest.class).getBundleContext();
    private ServiceTracker<MailSender, MailSender> senders;
    private ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> configAdmins;
    private ClassLoader previousLoader;
    private GreenMail greenMail;

    @BeforeEach
    void start() {
        // GreenMail parses what it receives with Jakarta Mail on threads it starts from here; like the
        // sender, they need Angus's class loader as context loader to find the implementation in OSGi
        previousLoader = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SMTPTransport.class.getClassLoader());
        senders = new ServiceTracker<>(context, MailSender.class, null);
        senders.open();
        configAdmins = new ServiceTracker<>(context, ConfigurationAdmin.class, null);
        configAdmins.open();
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        try {
            configuration().delete();
            // SCR hears of the deletion later, on Configuration Admin's event thread, and handles it by
            // looking the PID up again. If the next test has made its configuration by then (same PID,
            // same change count), SCR takes it for the one it already has and ignores it: the sender
            // keeps this test's server. So the next test may configure only once this one is dropped.
            awaitSender(s -> !s.isConfigured());
        } finally {
            if (greenMail != null) {
                greenMail.stop();
            }
            senders.close();
            configAdmins.close();
            Thread.currentThread().setContextClassLoader(previousLoader);
        }
    }

    @Test
    void refusesToSendUntilConfiguredAndSaysHow() throws Exception {
        MailSender sender = sender();

        assertFalse(sender.isConfigured());
        assertTrue(sender.describe().startsWith("E-mail is not set up: "), sender.describe());
        assertTrue(sender.describe().contains("cardfile.mail.smtp.host"), sender.describe());
        MailException refused = assertThrows(MailException.class,
                () -> sender.send(new OutgoingMail("zoe@example.com", "Zoë", "Hello", "Body")));
        assertTrue(refused.getMessage().startsWith("E-mail is not set up: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("cardfile.properties"), refused.getMessage());
    }

    @Test
    void sendsThroughTheConfiguredServerInUtf8() throws Exception {
        greenMail = startGreenMail();
        configure(greenMail.getSmtp().getPort());
        MailSender sender = awaitServer(greenMail.getSmtp().getPort());
        assertEquals("127.0.0.1:" + greenMail.getSmtp().getPort() + " (no encryption) as leasing@example.com",
                sender.describe());

        sender.send(new OutgoingMail("zoe@example.com", "Zoë Ångström", "Your tour on 1 December — Ångström",
                "Dear Zoë,\n\nŁukasz will show you the two-bedroom at 9:30. Grüße!"));

        assertTrue(greenMail.waitForIncomingEmail(WAIT.toMillis(), 1), "no mail arrived");
        MimeMessage received = greenMail.getReceivedMessages()[0];
        InternetAddress to = (InternetAddress) received.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("zoe@example.com", to.getAddress());
        assertEquals("Zoë Ångström", to.getPersonal());
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("leasing@example.com", from.getAddress());
        assertEquals("Springfield Leasing Office", from.getPersonal());
        assertEquals("Your tour on 1 December — Ångström", received.getSubject());
        assertTrue(received.getContentType().toLowerCase().contains("charset=utf-8"), received.getContentType());
        assertEquals("Dear Zoë,\n\nŁukasz will show you the two-bedroom at 9:30. Grüße!",
                body(received).replace("\r\n", "\n"));
    }

    @Test
    void aChangedConfigurationAppliesToTheNextMailWithoutARestart() throws Exception {
        greenMail = startGreenMail();
        GreenMail other = startGreenMail();
        try {
            configure(greenMail.getSmtp().getPort());
            MailSender sender = awaitServer(greenMail.getSmtp().getPort());
            sender.send(new OutgoingMail("first@example.com", "", "First", "to the first server"));
            assertTrue(greenMail.waitForIncomingEmail(WAIT.toMillis(), 1));

            configure(other.getSmtp().getPort());
            await(() -> sender.describe().contains(":" + other.getSmtp().getPort() + " "));
            sender.send(new OutgoingMail("second@example.com", "", "Second", "to the second server"));

            assertTrue(other.waitForIncomingEmail(WAIT.toMillis(), 1));
            assertEquals("Second", other.getReceivedMessages()[0].getSubject());
            assertEquals(1, greenMail.getReceivedMessages().length);
            // the same service object took the change: nobody has to look the sender up again
            assertTrue(sender == senders.getService());

            configuration().delete();
            await(() -> !sender.isConfigured());
        } finally {
            other.stop();
        }
    }

    @Test
    void aServerThatIsNotListeningIsNamedInTheMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        configure(closedPort);
        MailSender sender = awaitServer(closedPort);

        MailException failed = assertThrows(MailException.class,
                () -> sender.send(new OutgoingMail("zoe@example.com", "", "Hello", "Body")));

        assertTrue(failed.getMessage().contains("127.0.0.1:" + closedPort), failed.getMessage());
        assertTrue(failed.getMessage().startsWith("Cannot reach the mail server"), failed.getMessage());
        assertNotNull(failed.getCause());
    }

    @Test
    void anUntrustedCertificateIsRefusedAndTheSecuritySettingNamed() throws Exception {
        // GreenMail's SMTPS port presents its own self-signed certificate, which no trust store accepts
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
        greenMail.start();
        Dictionary<String, Object> settings = settings(greenMail.getSmtps().getPort());
        settings.put("security", "ssl");
        configuration().update(settings);
        MailSender sender = awaitSender(s -> s.describe().contains("(SSL)"));

        MailException failed = assertThrows(MailException.class,
                () -> sender.send(new OutgoingMail("zoe@example.com", "", "Hello", "Body")));

        assertTrue(failed.getMessage().startsWith("Cannot open a secure connection to the mail server 127.0.0.1:"
                + greenMail.getSmtps().getPort()), failed.getMessage());
        assertTrue(failed.getMessage().contains("security setting"), failed.getMessage());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void aRefusedLoginSaysSo() throws Exception {
        greenMail = startGreenMail();
        greenMail.setUser("leasing@example.com", "leasing", "the-right-password");
        Dictionary<String, Object> settings = settings(greenMail.getSmtp().getPort());
        settings.put("username", "leasing");
        settings.put("password", "a-wrong-password");
        // GreenMail's plain port: the test opts in to a login without encryption, as a trusted relay would
        settings.put("plainLogin", true);
        configuration().update(settings);
        MailSender sender = awaitServer(greenMail.getSmtp().getPort());

        MailException failed = assertThrows(MailException.class,
                () -> sender.send(new OutgoingMail("zoe@example.com", "", "Hello", "Body")));

        assertTrue(failed.getMessage().contains("refused the login leasing"), failed.getMessage());
        assertTrue(failed.getMessage().contains("user name and password"), failed.getMessage());
        assertFalse(failed.getMessage().contains("a-wrong-password"), "the password must not be shown");
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void aMalformedRecipientIsRefusedBeforeConnecting() throws Exception {
        configure(25);
        MailSender sender = awaitServer(25);

        MailException refused = assertThrows(MailException.class,
                () -> sender.send(new OutgoingMail("zoe at example", "", "Hello", "Body")));

        assertTrue(refused.getMessage().contains("\"zoe at example\" is not a valid e-mail address"), refused.getMessage());
    }

    /**
     * The text after the transfer decoding (quoted-printable or base64), read as the UTF-8 the message
     * declares; getContent() would depend on Activation's handler registry in the test thread instead.
     */
    private static String body(MimeMessage message) throws Exception {
        try (InputStream in = message.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static GreenMail startGreenMail() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return server;
    }

    private MailSender sender() throws InterruptedException {
        MailSender sender = senders.waitForService(WAIT.toMillis());
        assertNotNull(sender, "no MailSender service");
        return sender;
    }

    private Configuration configuration() throws IOException {
        try {
            ConfigurationAdmin admin = configAdmins.waitForService(WAIT.toMillis());
            assertNotNull(admin, "no Configuration Admin");
            return admin.getConfiguration(SmtpMailSender.PID, "?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Configuration Admin", e);
        }
    }

    private void configure(int port) throws IOException {
        configuration().update(settings(port));
    }

    private static Dictionary<String, Object> settings(int port) {
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("host", "127.0.0.1");
        settings.put("port", port);
        settings.put("security", "none");
        settings.put("from.address", "leasing@example.com");
        settings.put("from.name", "Springfield Leasing Office");
        settings.put("timeout", 5);
        return settings;
    }

    /**
     * Waits until the sender uses the server on {@code port}. Waiting for "configured" alone is not
     * enough: the sender may still be configured from the test before while the change is on its way.
     */
    private MailSender awaitServer(int port) throws InterruptedException {
        return awaitSender(s -> s.isConfigured() && s.describe().startsWith("127.0.0.1:" + port + " "));
    }

    /** The registered sender once it shows the condition; a failed wait says what it describes. */
    private MailSender awaitSender(java.util.function.Predicate<MailSender> condition) throws InterruptedException {
        MailSender[] current = new MailSender[1];
        try {
            await(() -> {
                current[0] = senders.getService();
                return current[0] != null && condition.test(current[0]);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it says: "
                    + (current[0] == null ? "(no sender)" : current[0].describe()), e);
        }
        return current[0];
    }

    /**
     * Configuration Admin hands a change to the component on its own thread; the test waits, with a
     * deadline, for the sender to show it.
     */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sender did not take the configuration within " + WAIT);
            }
            Thread.sleep(20);
        }
    }
}
