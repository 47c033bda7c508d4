package org.cardfile.server.internal;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.reports.Reports;
import org.cardfile.core.service.OfficeDirectory;
import org.cardfile.server.CardfileServer;
import org.cardfile.server.ServerSettings;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Runs the server when {@code cardfile.server.port} is set (component or framework property) and
 * pushes the call changes of the local store to the workstations. Without a port it stays idle, so
 * the same bundles serve a stand-alone workbench.
 */
@Component(immediate = true, service = EventHandler.class, property = { EventConstants.EVENT_TOPIC + "=" + CallTopics.ALL,
        // an office's card fields changed: its workstations redraw their cards
        EventConstants.EVENT_TOPIC + "=" + CardTemplates.CHANGED,
        // a feature switched: every workstation hides or shows it without a restart
        EventConstants.EVENT_TOPIC + "=" + Capabilities.CHANGED },
        configurationPid = "org.cardfile.server")
public class ServerComponent implements EventHandler {
    private static final System.Logger LOG = System.getLogger(ServerComponent.class.getName());

    private final RegistryServiceDirectory services;
    private final CardfileServer server;
    private final ServiceTracker<Reports, Reports> reports;

    @Activate
    public ServerComponent(BundleContext context, Map<String, Object> properties, @Reference OfficeDirectory offices)
            throws Exception {
        StringBuilder problem = new StringBuilder();
        Optional<ServerSettings> settings = ServerSettings.from(key -> {
            Object v = properties.get(key);
            return v != null ? v.toString() : context.getProperty(key);
        }, problem);
        services = new RegistryServiceDirectory(context);
        if (settings.isEmpty()) {
            LOG.log(Level.INFO, "Cardfile server idle: {0}", problem);
            server = null;
            reports = null;
            return;
        }
        server = new CardfileServer(settings.get(), services, offices).start();
        reports = layoutChanges(context, server);
        reports.open();
    }

    /**
     * Tells the workstations when the server's report layouts change. Tracked rather than referenced,
     * so an idle server component (a stand-alone workbench) never starts the report engine.
     */
    private static ServiceTracker<Reports, Reports> layoutChanges(BundleContext context, CardfileServer server) {
        Runnable changed = server::reportsChanged;
        return new ServiceTracker<>(context, Reports.class, null) {
            @Override
            public Reports addingService(ServiceReference<Reports> reference) {
                Reports r = super.addingService(reference);
                if (r != null) {
                    r.addListener(changed);
                }
                return r;
            }

            @Override
            public void removedService(ServiceReference<Reports> reference, Reports r) {
                r.removeListener(changed);
                super.removedService(reference, r);
            }
        };
    }

    @Override
    public void handleEvent(Event event) {
        if (server == null) {
            return;
        }
        server.publish(event);
    }

    @Deactivate
    void stop() {
        if (reports != null) {
            reports.close();
        }
        if (server != null) {
            server.close();
        }
        services.close();
    }
}
