package org.cardfile.server.internal;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.service.OfficeDirectory;
import org.cardfile.server.CardfileServer;
import org.cardfile.server.ServerSettings;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

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
            return;
        }
        server = new CardfileServer(settings.get(), services, offices).start();
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
        if (server != null) {
            server.close();
        }
        services.close();
    }
}
