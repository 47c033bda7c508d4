package org.cardfile.telephony.webhook.tests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The provider's signature written out again from its published description, independent of the
 * driver's code, so a mistake in the driver cannot hide by agreeing with itself.
 */
final class TwilioSigner {
    private TwilioSigner() {
    }

    static String sign(String authToken, String url, Map<String, String> params) throws Exception {
        StringBuilder data = new StringBuilder(url);
        for (Map.Entry<String, String> param : new TreeMap<>(params).entrySet()) {
            data.append(param.getKey()).append(param.getValue());
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
