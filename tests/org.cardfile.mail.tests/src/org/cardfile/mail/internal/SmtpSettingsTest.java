package org.cardfile.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How settings are read: the configuration first, then the cardfile.mail.smtp.* framework properties. */
class SmtpSettingsTest {

    @Test
    void frameworkPropertiesFillWhatTheConfigurationLacks() {
        Map<String, Object> config = Map.of("host", "smtp.example.com");
        Map<String, String> framework = Map.of("cardfile.mail.smtp.host", "ignored.example.com",
                "cardfile.mail.smtp.from.address", "leasing@example.com", "cardfile.mail.smtp.username", "leasing",
                "cardfile.mail.smtp.timeout", "12");

        SmtpSettings settings = SmtpSettings.read(config::get, framework::get);

        assertEquals("smtp.example.com", settings.host());
        assertEquals(587, settings.port(), "STARTTLS's port when none is given");
        assertEquals(SmtpSettings.Security.STARTTLS, settings.security());
        assertEquals(Duration.ofSeconds(12), settings.timeout());
        assertTrue(settings.configured());
        assertEquals("smtp.example.com:587 (STARTTLS, login leasing) as leasing@example.com", settings.describe());
    }

    @Test
    void sslDefaultsToPort465AndNoneTo25() {
        assertEquals(465, SmtpSettings.read(Map.<String, Object>of("security", "ssl")::get, k -> null).port());
        assertEquals(25, SmtpSettings.read(Map.<String, Object>of("security", "none")::get, k -> null).port());
    }

    @Test
    void withoutHostOrSenderItSaysWhatIsMissing() {
        SmtpSettings none = SmtpSettings.read(k -> null, k -> null);
        assertFalse(none.configured());
        assertTrue(none.howToConfigure().contains("cardfile.mail.smtp.host and cardfile.mail.smtp.from.address"),
                none.howToConfigure());
        SmtpSettings noSender = SmtpSettings.read(Map.<String, Object>of("host", "smtp.example.com")::get, k -> null);
        assertFalse(noSender.configured());
        assertTrue(noSender.howToConfigure().contains("missing cardfile.mail.smtp.from.address)"),
                noSender.howToConfigure());
    }

    @Test
    void badValuesAreNamed() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.read(Map.<String, Object>of("port", "smtp")::get, k -> null));
        assertEquals("The setting cardfile.mail.smtp.port is not a whole number: smtp", port.getMessage());
        IllegalArgumentException security = assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.read(Map.<String, Object>of("security", "tls1.3")::get, k -> null));
        assertTrue(security.getMessage().contains("use none, starttls or ssl"), security.getMessage());
    }

    @Test
    void thePasswordCanComeFromAFileAndIsNeverPrinted() throws IOException {
        Path file = Files.createTempFile("smtp-password", ".txt");
        try {
            Files.writeString(file, "s3cret\nsecond line ignored\n");
            SmtpSettings settings = SmtpSettings.read(
                    Map.<String, Object>of("host", "smtp.example.com", "from.address", "a@example.com",
                            "username", "leasing", "passwordFile", file.toString())::get,
                    k -> null);
            assertEquals("s3cret", settings.password());
            assertFalse(settings.toString().contains("s3cret"), settings.toString());
            assertFalse(settings.describe().contains("s3cret"), settings.describe());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aLoginWithoutEncryptionIsRefusedUnlessTheAdminOptsIn() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SmtpSettings.read(
                Map.<String, Object>of("host", "smtp.example.com", "security", "none", "username", "leasing")::get,
                k -> null));
        assertTrue(refused.getMessage().contains("password would cross the network unencrypted"), refused.getMessage());
        assertEquals("leasing", SmtpSettings.read(Map.<String, Object>of("host", "smtp.example.com", "security", "none",
                "username", "leasing", "plainLogin", "true")::get, k -> null).username());
        assertEquals("leasing", SmtpSettings.read(Map.<String, Object>of("host", "smtp.example.com", "security",
                "starttls", "username", "leasing")::get, k -> null).username());
    }
}
