package org.cardfile.rpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A password or token kept in a file (readable only by the service's user) rather than on a
 * command line, where every user of the machine could read it from the process list.
 */
public final class SecretFile {
    private SecretFile() {
    }

    /** The file's text without surrounding white space; empty when no file is named. */
    public static String read(String file) {
        if (file == null || file.isBlank()) {
            return "";
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
