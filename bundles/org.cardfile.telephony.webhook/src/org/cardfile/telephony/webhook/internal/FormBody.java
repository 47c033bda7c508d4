package org.cardfile.telephony.webhook.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decoded {@code application/x-www-form-urlencoded} body. Parameters are kept sorted by name
 * (plain {@link String} order, as the provider sorts them when it signs) with every value of a
 * repeated name, in arrival order.
 */
public record FormBody(SortedMap<String, List<String>> parameters) {

    /** The body is not a well-formed form: the message says where. */
    public static final class MalformedFormException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedFormException(String message) {
            super(message);
        }
    }

    public FormBody {
        SortedMap<String, List<String>> copy = new TreeMap<>();
        parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        parameters = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Decodes a form body. Strict on purpose: a part without {@code =}, an empty name, a broken
     * percent escape or bytes that are not UTF-8 mean the sender is not the provider we expect.
     */
    public static FormBody parse(byte[] body) throws MalformedFormException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedFormException("body is not UTF-8 text");
        }
        SortedMap<String, List<String>> parameters = new TreeMap<>();
        int index = 0;
        for (String part : text.split("&", -1)) {
            index++;
            if (part.isEmpty()) {
                continue; // a trailing or doubled '&' carries nothing
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new MalformedFormException("form part " + index + " is not name=value");
            }
            String name = decode(part.substring(0, equals), index);
            String value = decode(part.substring(equals + 1), index);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new FormBody(parameters);
    }

    /** The first value of {@code name}, stripped, or empty when absent or blank. */
    public Optional<String> first(String name) {
        List<String> values = parameters.get(name);
        return values == null ? Optional.empty()
                : values.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst();
    }

    public Map<String, List<String>> asMap() {
        return parameters;
    }

    private static String decode(String encoded, int index) throws MalformedFormException {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedFormException("form part " + index + " has a broken percent escape");
        }
    }
}
