package org.cardfile.telephony.asterisk.internal;

import java.util.List;
import java.util.Optional;

/**
 * One AMI message: the {@code Key: Value} lines of a block, in order. Keys repeat (Asterisk sends
 * one {@code ChanVariable} line per variable), so this is a list, and keys compare without case as
 * Asterisk versions differ in spelling ({@code Uniqueid}, {@code UniqueID}).
 */
public record AmiMessage(List<Field> fields) {

    public record Field(String key, String value) {
    }

    public AmiMessage {
        fields = List.copyOf(fields);
    }

    /** The first value of {@code key}, stripped; empty when absent or blank. */
    public Optional<String> get(String key) {
        return fields.stream().filter(f -> f.key().equalsIgnoreCase(key)).map(f -> f.value().strip())
                .filter(v -> !v.isEmpty()).findFirst();
    }

    public String getOrEmpty(String key) {
        return get(key).orElse("");
    }

    public List<String> all(String key) {
        return fields.stream().filter(f -> f.key().equalsIgnoreCase(key)).map(Field::value).toList();
    }

    /** The event's name ({@code Newchannel}, …) or empty for responses. */
    public Optional<String> event() {
        return get("Event");
    }

    /**
     * The value of a channel variable sent as {@code ChanVariable: NAME=value} (Asterisk 12 and
     * later) or {@code ChanVariable(NAME): value} (earlier).
     */
    public Optional<String> channelVariable(String name) {
        for (Field field : fields) {
            if (field.key().equalsIgnoreCase("ChanVariable")) {
                int equals = field.value().indexOf('=');
                if (equals > 0 && field.value().substring(0, equals).strip().equals(name)) {
                    return Optional.of(field.value().substring(equals + 1).strip()).filter(v -> !v.isEmpty());
                }
            } else if (field.key().equalsIgnoreCase("ChanVariable(" + name + ")")) {
                return Optional.of(field.value().strip()).filter(v -> !v.isEmpty());
            }
        }
        return Optional.empty();
    }

    /** Action lines for the wire; AMI ends every line with CR LF and a message with an empty line. */
    public String toWire() {
        StringBuilder wire = new StringBuilder();
        fields.forEach(f -> wire.append(f.key()).append(": ").append(f.value()).append("\r\n"));
        return wire.append("\r\n").toString();
    }
}
