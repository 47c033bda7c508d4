package org.cardfile.reports.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

import org.cardfile.core.reports.ReportCancelledException;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.reports.ReportParameter;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.core.reports.ReportRequest;
import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;

/**
 * Runs one {@link ReportCommand}: signs the user in, lists the reports or runs one into a file next to
 * the target and moves it into place when it is complete (a failed run leaves no half-written report
 * where a scheduled job would pick it up), and answers the exit code.
 */
public final class ReportCommandRunner {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Reports reports;
    private final AuthenticationService authentication;
    private final PrintStream out;
    private final PrintStream err;

    public ReportCommandRunner(Reports reports, AuthenticationService authentication, PrintStream out, PrintStream err) {
        this.reports = reports;
        this.authentication = authentication;
        this.out = out;
        this.err = err;
    }

    /** Runs {@code args}; {@code password} is asked only once the command line is known to be sound. */
    public int run(List<String> args, Function<ReportCommand, char[]> password) {
        ReportCommand command;
        try {
            command = ReportCommand.parse(args);
        } catch (ReportCommand.UsageException e) {
            err.println(e.getMessage());
            err.println(ReportCommand.USAGE);
            return USAGE;
        }
        Session session;
        try {
            session = authentication.signIn(command.user(), password.apply(command));
        } catch (RuntimeException e) {
            err.println("Cannot sign in as " + command.user() + ": " + e.getMessage());
            return FAILED;
        }
        try {
            return command.list() ? list(session) : render(session, command);
        } finally {
            authentication.signOut(session);
        }
    }

    private int list(Session session) {
        for (ReportInfo info : reports.list(session)) {
            out.println(info.id() + "\t" + info.title() + " (" + info.category() + ")"
                    + (info.runnable() ? "" : "\tCANNOT RUN: " + info.problem()));
            for (ReportParameter p : info.parameters()) {
                out.println("    --param " + p.name() + "=" + (p.defaultValue().isEmpty() ? "…" : p.defaultValue()) + "\t"
                        + p.label() + ", " + p.type().name().toLowerCase(java.util.Locale.ROOT)
                        + (p.required() ? ", required" : ""));
            }
        }
        return OK;
    }

    private int render(Session session, ReportCommand command) {
        Path target = command.out().toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream file = Files.newOutputStream(partial)) {
                reports.run(session, new ReportRequest(command.reportId(), command.parameters(), command.format()), file,
                        new ConsoleProgress(err));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            err.println("Wrote " + target + " (" + Files.size(target) + " bytes)");
            return OK;
        } catch (ReportCancelledException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (ReportException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("Cannot write " + target + ": " + e.getMessage());
            return FAILED;
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                err.println("Cannot remove the partial file " + partial + ": " + e.getMessage());
            }
        }
    }

    /** Progress on the console, one line per step, for the log of a scheduled job. */
    private record ConsoleProgress(PrintStream err) implements ReportProgress {
        @Override
        public void step(String what) {
            err.println("  " + what);
        }

        @Override
        public boolean cancelled() {
            return Thread.currentThread().isInterrupted();
        }
    }
}
