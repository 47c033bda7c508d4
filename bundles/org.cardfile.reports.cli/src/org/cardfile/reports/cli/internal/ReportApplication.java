package org.cardfile.reports.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.AuthenticationService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code cardfile report …}: the Equinox application the command line starts. It waits for the
 * store and the report engine to come up as DS services, then hands over to {@link ReportCommandRunner}.
 */
public class ReportApplication implements IApplication {
    private static final long SERVICE_WAIT_SECONDS = 120;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        BundleContext bundles = FrameworkUtil.getBundle(ReportApplication.class).getBundleContext();
        Reports reports = await(bundles, Reports.class);
        AuthenticationService authentication = await(bundles, AuthenticationService.class);
        if (reports == null || authentication == null) {
            System.err.println("Reports did not start within " + SERVICE_WAIT_SECONDS
                    + " s: is the database reachable and the reports feature installed? An embedded database opens in"
                    + " one program at a time: with the workbench or server running on it, close that first, or run"
                    + " the report from a workstation of the server. See the log for the cause.");
            return ReportCommandRunner.FAILED;
        }
        int code = new ReportCommandRunner(reports, authentication, System.out, System.err).run(args,
                ReportApplication::password);
        return code;
    }

    private static <T> T await(BundleContext bundles, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundles, type, null);
        tracker.open();
        // the tracker stays open: closing it would release the service while the command uses it
        return tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
    }

    private static char[] password(ReportCommand command) {
        if (command.passwordFile().isPresent()) {
            try {
                return Files.readAllLines(command.passwordFile().get()).stream().findFirst().orElse("").toCharArray();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the password file " + command.passwordFile().get() + ": "
                        + e.getMessage(), e);
            }
        }
        String env = System.getenv("CARDFILE_PASSWORD");
        if (env != null) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalStateException("No password: give --password-file or set CARDFILE_PASSWORD.");
        }
        return console.readPassword("Password for Cardfile: ");
    }

    @Override
    public void stop() {
        // the command ends on its own; there is nothing to interrupt safely mid-render
    }
}
