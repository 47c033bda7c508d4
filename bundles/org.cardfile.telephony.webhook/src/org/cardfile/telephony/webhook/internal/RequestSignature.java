package org.cardfile.telephony.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.SortedMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The provider's request signature ({@code X-Twilio-Signature}): Base64 of HMAC-SHA1 keyed with the
 * account's auth token over the full URL the provider called followed by every POST parameter's
 * name and value, parameters sorted by name. The voice webhook never repeats a name; if one is
 * repeated its values are taken in sorted order, so the result does not depend on arrival order.
 */
public final class RequestSignature {

    private final byte[] key;

    public RequestSignature(String authToken) {
        if (authToken == null || authToken.isEmpty()) {
            throw new IllegalArgumentException("an auth token is required to sign requests");
        }
        key = authToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature the provider sends for this URL and these parameters. */
    public String sign(String url, SortedMap<String, List<String>> parameters) {
        StringBuilder data = new StringBuilder(url);
        parameters.forEach((name, values) -> values.stream().sorted().forEach(v -> data.append(name).append(v)));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // HmacSHA1 is required of every Java platform; its absence is a broken JDK, not bad input
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /**
     * Whether {@code presented} is the signature of this request. Compared in constant time so the
     * time of a refusal says nothing about how many leading characters were right.
     */
    public boolean verify(String url, SortedMap<String, List<String>> parameters, String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] expected = sign(url, parameters).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
