package org.cardfile.telephony.webhook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.cardfile.telephony.webhook.internal.FormBody;
import org.cardfile.telephony.webhook.internal.RequestSignature;
import org.junit.jupiter.api.Test;

/** The worked example of the provider's request-validation documentation, as a fixed vector. */
class RequestSignatureTest {
    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, String> PARAMS = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675310",
            "Digits", "1234", "From", "+14158675310", "To", "+18005551212");
    private static final String PUBLISHED = "GvWf1cFY/Q7PnoempGyD5oXAezc=";

    private static FormBody form() throws Exception {
        return FormBody.parse(WebhookClient.encode(PARAMS).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTestsOwnSignerReproducesThePublishedExample() throws Exception {
        assertEquals(PUBLISHED, TwilioSigner.sign(TOKEN, URL, PARAMS));
    }

    @Test
    void theDriverSignsThePublishedExampleAlike() throws Exception {
        assertEquals(PUBLISHED, new RequestSignature(TOKEN).sign(URL, form().parameters()));
    }

    @Test
    void verificationAcceptsOnlyTheExactSignature() throws Exception {
        RequestSignature signature = new RequestSignature(TOKEN);
        assertTrue(signature.verify(URL, form().parameters(), PUBLISHED));
        assertFalse(signature.verify(URL, form().parameters(), "GvWf1cFY/Q7PnoempGyD5oXAezd="));
        assertFalse(signature.verify(URL + "&baz=3", form().parameters(), PUBLISHED));
        assertFalse(signature.verify(URL, form().parameters(), ""));
        assertFalse(signature.verify(URL, form().parameters(), null));
    }
}
