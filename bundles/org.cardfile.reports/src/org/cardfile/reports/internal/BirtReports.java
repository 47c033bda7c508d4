package org.cardfile.reports.internal;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.reports.ReportLayoutSource;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.core.reports.ReportRequest;
import org.cardfile.core.reports.ReportingDatabase;
import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Reports on the shared BIRT engine: the layouts every {@link ReportLayoutSource} offers, those the
 * user's role allows, and runs that read through the {@link ReportingDatabase}, so a layout sees only
 * the reporting views and only its user's office, whatever its queries say.
 */
@Component(service = Reports.class)
public class BirtReports implements Reports {
    /** The capability name reports are switched by (this bundle's Provide-Capability). */
    public static final String CAPABILITY = "org.cardfile.reports";

    private final IReportEngine engine;
    private final ReportingDatabase database;
    private final LayoutCatalog catalog;
    private final LayoutUploads uploads;
    private final Listeners<Runnable> listeners = new Listeners<>();
    private final ReportLayoutSource.Listener sourceListener = source -> changed();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Capabilities capabilities;

    @Activate
    public BirtReports(@Reference BirtEngineHost host, @Reference ReportingDatabase database) {
        this(host.engine(), database);
    }

    public BirtReports(IReportEngine engine, ReportingDatabase database) {
        this.engine = engine;
        this.database = database;
        LayoutInspector inspector = new LayoutInspector(engine);
        this.catalog = new LayoutCatalog(inspector);
        this.uploads = new LayoutUploads(inspector);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSource(ReportLayoutSource source) {
        catalog.add(source);
        source.addListener(sourceListener);
        if (source instanceof DropInFolderLayouts folder) {
            uploads.folder(folder);
        }
    }

    public void removeSource(ReportLayoutSource source) {
        catalog.remove(source);
        source.removeListener(sourceListener);
        if (source instanceof DropInFolderLayouts folder) {
            uploads.forget(folder);
        }
    }

    @Override
    public List<ReportInfo> list(Session session) {
        try (Connection connection = open(session)) {
            List<ReportInfo> infos = new ArrayList<>();
            for (InspectedLayout layout : catalog.current().values()) {
                if (allowed(session, layout)) {
                    infos.add(info(layout, connection, false));
                }
            }
            infos.sort(Comparator.comparing(ReportInfo::category).thenComparing(ReportInfo::title));
            return infos;
        } catch (SQLException e) {
            throw new ReportException("The reports cannot be listed: " + Messages.chain(e), e);
        }
    }

    @Override
    public ReportInfo describe(Session session, String reportId) {
        InspectedLayout layout = find(session, reportId);
        try (Connection connection = open(session)) {
            return info(layout, connection, true);
        } catch (SQLException e) {
            throw new ReportException("The report " + reportId + " cannot be described: " + Messages.chain(e), e);
        }
    }

    @Override
    public void run(Session session, ReportRequest request, OutputStream out, ReportProgress progress) {
        InspectedLayout layout = runnable(session, request.reportId());
        try (Connection connection = open(session)) {
            new ReportRun(engine, layout).render(session, request, connection, out, progress);
        } catch (SQLException e) {
            throw new ReportException("The report " + request.reportId() + " failed: " + Messages.chain(e), e);
        }
    }

    @Override
    public ReportDocument generate(Session session, String reportId, Map<String, String> parameters,
            ReportProgress progress) {
        InspectedLayout layout = runnable(session, reportId);
        try (Connection connection = open(session)) {
            ReportRun run = new ReportRun(engine, layout);
            ReportInfo info = info(layout, run, connection, false);
            Map<String, String> shown = new TreeMap<>(parameters);
            CardfileParameters.of(session).forEach((name, value) -> shown.put(name, String.valueOf(value)));
            return BirtReportDocument.create(engine, info, shown,
                    file -> run.document(session, parameters, connection, file, progress));
        } catch (SQLException e) {
            throw new ReportException("The report " + reportId + " failed: " + Messages.chain(e), e);
        }
    }

    @Override
    public ReportInfo addLayout(Session session, String fileName, byte[] design) {
        // refused before the catalogue is read and every layout in it inspected
        session.require(Permission.MANAGE_REPORTS);
        String id = uploads.add(session, fileName, design, catalog.current());
        return describe(session, id);
    }

    @Override
    public void removeLayout(Session session, String reportId) {
        session.require(Permission.MANAGE_REPORTS);
        uploads.remove(session, reportId, catalog.current());
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.tell(Runnable::run, "the reports");
    }

    private InspectedLayout runnable(Session session, String reportId) {
        InspectedLayout layout = find(session, reportId);
        if (!layout.runnableNow()) {
            throw new ReportException("The layout " + reportId + " (" + layout.layout().origin() + ") cannot run: "
                    + layout.problem() + ".");
        }
        return layout;
    }

    private Connection open(Session session) throws SQLException {
        session.require(Permission.RUN_REPORTS);
        Capabilities switches = capabilities;
        if (switches != null && switches.switchedOff(session).contains(CAPABILITY)) {
            throw new ReportException("Reports are switched off for " + session.office().name()
                    + "; an administrator can switch them on under Features.");
        }
        return database.open(session);
    }

    private InspectedLayout find(Session session, String reportId) {
        Map<String, InspectedLayout> layouts = catalog.current();
        InspectedLayout layout = reportId == null ? null : layouts.get(reportId);
        if (layout == null || !allowed(session, layout)) {
            List<String> ids = layouts.values().stream().filter(l -> allowed(session, l)).map(l -> l.layout().id())
                    .distinct().sorted().toList();
            throw new ReportException("There is no report '" + reportId + "'"
                    + (ids.isEmpty() ? "; no reports are installed." : "; the reports are: " + String.join(", ", ids) + "."));
        }
        return layout;
    }

    private static boolean allowed(Session session, InspectedLayout layout) {
        return layout.requires().stream().allMatch(session::may);
    }

    private ReportInfo info(InspectedLayout layout, Connection connection, boolean withDatabaseChoices) {
        return info(layout, new ReportRun(engine, layout), connection, withDatabaseChoices);
    }

    private ReportInfo info(InspectedLayout layout, ReportRun run, Connection connection, boolean withDatabaseChoices) {
        String problem = layout.problem();
        List<org.cardfile.core.reports.ReportParameter> parameters = List.of();
        if (layout.runnableNow()) {
            try {
                parameters = run.parameters(connection).fields(withDatabaseChoices);
            } catch (RuntimeException e) {
                problem = "its parameters cannot be read: " + Messages.chain(e);
            }
        }
        return new ReportInfo(layout.layout().id(), layout.title(), layout.category(), layout.description(), parameters,
                layout.layout().origin(), problem, uploads.removable(layout.layout()));
    }
}
