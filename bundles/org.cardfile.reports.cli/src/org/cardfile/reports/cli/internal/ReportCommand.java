package org.cardfile.reports.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.reports.ReportFormat;

/**
 * What {@code cardfile report} was asked: list the reports, or run one with parameters to a format and
 * a file, as a named user. Parsing says exactly which argument is wrong and keeps nothing half-read.
 */
public record ReportCommand(boolean list, String reportId, Map<String, String> parameters, ReportFormat format, Path out,
        String user, Optional<Path> passwordFile) {

    static final String USAGE = """
            usage: cardfile report --user LOGIN [--password-file FILE] --list
                   cardfile report --user LOGIN [--password-file FILE] REPORT-ID [--param NAME=VALUE]... \
            --format pdf|html|xlsx --out FILE
            The password is read from --password-file (its first line), else from CARDFILE_PASSWORD, else asked for.""";
    private static final int MAX_ARGUMENT = 4000;

    /** A command line that cannot be run; the message says which part and why. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static ReportCommand parse(List<String> args) throws UsageException {
        boolean list = false;
        String reportId = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        ReportFormat format = null;
        Path out = null;
        String user = null;
        Path passwordFile = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.length() > MAX_ARGUMENT) {
                throw new UsageException("Argument " + (i + 1) + " is " + arg.length() + " characters long; at most "
                        + MAX_ARGUMENT + " are taken.");
            }
            switch (arg) {
            case "--list" -> list = true;
            case "--param", "-p" -> {
                String pair = value(args, ++i, arg);
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--param takes NAME=VALUE, not '" + pair + "'.");
                }
                parameters.put(pair.substring(0, eq).trim(), pair.substring(eq + 1));
            }
            case "--format", "-f" -> {
                String name = value(args, ++i, arg);
                format = ReportFormat.named(name)
                        .orElseThrow(() -> new UsageException("The format '" + name + "' is not one of pdf, html, xlsx."));
            }
            case "--out", "-o" -> out = Path.of(value(args, ++i, arg));
            case "--user", "-u" -> user = value(args, ++i, arg);
            case "--password-file" -> passwordFile = Path.of(value(args, ++i, arg));
            default -> {
                if (arg.startsWith("-")) {
                    throw new UsageException("Unknown option " + arg + ".");
                }
                if (reportId != null) {
                    throw new UsageException("One report at a time: both '" + reportId + "' and '" + arg + "' were given.");
                }
                reportId = arg;
            }
            }
        }
        if (user == null || user.isBlank()) {
            throw new UsageException("--user names the Cardfile user the report runs as (their office, their role).");
        }
        if (!list) {
            if (reportId == null) {
                throw new UsageException("Name the report to run, or --list the reports.");
            }
            if (format == null) {
                throw new UsageException("--format pdf, html or xlsx is needed.");
            }
            if (out == null) {
                throw new UsageException("--out FILE is needed: where the report is written.");
            }
        }
        return new ReportCommand(list, reportId, parameters, format, out, user, Optional.ofNullable(passwordFile));
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value.");
        }
        return args.get(i);
    }
}
