package org.cardfile.store.remote.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.reports.Reports;
import org.cardfile.rpc.PushMessage;
import org.cardfile.rpc.ServerException;
import org.cardfile.rpc.ServiceCatalog;
import org.cardfile.store.remote.RemoteSettings;
import org.cardfile.store.remote.Workstation;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Networked mode of a workstation: when {@code cardfile.remote.url} is set, every core service is
 * registered as a call to the server, ranked above the embedded store's, and the server's pushed
 * events are posted on the local Event Admin, so the workbench works unchanged. Without the
 * property nothing is registered and the embedded store serves.
 */
@Component(immediate = true, service = {}, configurationPid = "org.cardfile.store.remote")
public class RemoteServicesComponent {
    private static final System.Logger LOG = System.getLogger(RemoteServicesComponent.class.getName());
    /** Above the embedded store's -1 and any default. */
    private static final int RANKING = 100;

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final Workstation workstation;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public RemoteServicesComponent(BundleContext context, Map<String, Object> properties) throws Exception {
        StringBuilder problem = new StringBuilder();
        String data = context.getProperty("cardfile.data.dir");
        Path dataDir = data == null || data.isBlank() ? Path.of(System.getProperty("user.home"), ".cardfile") : Path.of(data);
        Optional<RemoteSettings> settings = RemoteSettings.from(key -> {
            Object v = properties.get(key);
            return v != null ? v.toString() : context.getProperty(key);
        }, dataDir, problem);
        String url = context.getProperty(RemoteSettings.PREFIX + "url");
        boolean wanted = properties.get(RemoteSettings.PREFIX + "url") != null || (url != null && !url.isBlank());
        if (settings.isEmpty() && !wanted) {
            LOG.log(Level.INFO, "Remote store idle: {0}", problem);
            workstation = null;
            return;
        }
        Workstation connected = null;
        if (settings.isPresent()) {
            try {
                connected = Workstation.connect(settings.get());
            } catch (java.io.IOException | java.security.GeneralSecurityException | RuntimeException e) {
                problem.append("cannot connect: ").append(e.getMessage());
            }
        }
        workstation = connected;
        Dictionary<String, Object> ranked = new Hashtable<>(Map.of(Constants.SERVICE_RANKING, RANKING,
                "cardfile.server", String.valueOf(url)));
        if (workstation == null) {
            // a workstation meant for a server must not quietly fall back to a database of its own
            LOG.log(Level.ERROR, "Cardfile is set up for the server {0} but cannot use it: {1}", url, problem);
            String refusal = "This workstation is set up for the Cardfile server at " + url + " but cannot use it: "
                    + problem + ". Ask your admin to check its settings.";
            for (Class<?> service : ServiceCatalog.SERVICES) {
                registrations.add(context.registerService(service.getName(), ServiceProxy.of(service, null,
                        () -> new ServerException(refusal), () -> {
                        }), ranked));
            }
            registrations.add(context.registerService(Reports.class, new RemoteReports(new RemoteReports.Link(null,
                    () -> new ServerException(refusal), () -> {
                    }), org.cardfile.rpc.Json.mapper()), ranked));
            return;
        }
        for (Class<?> service : ServiceCatalog.SERVICES) {
            Object proxy = service == CallEventSink.class ? workstation.callEventSink() : workstation.service(service);
            registrations.add(context.registerService(service.getName(), proxy, ranked));
        }
        // reports run on the server, next to the data; the workstation's own engine stays unused
        registrations.add(context.registerService(Reports.class, workstation.reports(), ranked));
        workstation.listen(this::post);
        LOG.log(Level.INFO, "Workbench served by the Cardfile server at {0}", settings.get().server());
    }

    private void post(PushMessage message) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(message.topic(), message.localProperties()));
        }
    }

    @Deactivate
    void stop() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        if (workstation != null) {
            workstation.close();
        }
    }
}
