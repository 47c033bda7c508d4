package org.cardfile.telephony.asterisk.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the AMI stream: the banner line, then messages of {@code Key: Value} lines each ended by an
 * empty line. Everything read so far is kept in fields, so a read timeout (used for the keepalive)
 * can interrupt a message anywhere and the next call carries on where it stopped.
 */
final class AmiReader {

    /** A block that is not a message; it has been consumed and may be skipped. */
    static final class MalformedBlockException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedBlockException(String message) {
            super(message);
        }
    }

    /** No real AMI line comes near this; a longer one is cut so a broken peer cannot fill memory. */
    private static final int MAX_LINE = 16 * 1024;
    /** Nor does a real message have this many lines. */
    private static final int MAX_LINES = 1000;

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> block = new ArrayList<>();

    AmiReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or {@code null} at the end of the stream. */
    String readLine() throws IOException {
        while (true) {
            int b = in.read();
            if (b == -1) {
                return null;
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                line.reset();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                // caller names arrive as whatever the trunk sent; undecodable bytes become U+FFFD
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            if (line.size() < MAX_LINE) {
                line.write(b);
            }
        }
    }

    /**
     * The next message, or {@code null} at the end of the stream.
     *
     * @throws MalformedBlockException the next block had lines that are not {@code Key: Value}; it is consumed
     */
    AmiMessage next() throws IOException, MalformedBlockException {
        while (true) {
            String text = readLine();
            if (text == null) {
                return null;
            }
            if (!text.isEmpty()) {
                if (block.size() < MAX_LINES) {
                    block.add(text);
                }
                continue;
            }
            if (block.isEmpty()) {
                continue; // blank lines between messages
            }
            List<String> lines = List.copyOf(block);
            block.clear();
            return parse(lines);
        }
    }

    private static AmiMessage parse(List<String> lines) throws MalformedBlockException {
        List<AmiMessage.Field> fields = new ArrayList<>(lines.size());
        for (String text : lines) {
            int colon = text.indexOf(':');
            String key = colon > 0 ? text.substring(0, colon) : "";
            if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
                throw new MalformedBlockException("not a 'Key: Value' line: '" + abbreviate(text) + "' in a block of "
                        + lines.size() + " lines starting '" + abbreviate(lines.get(0)) + "'");
            }
            fields.add(new AmiMessage.Field(key, text.substring(colon + 1).strip()));
        }
        return new AmiMessage(fields);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
