package org.cardfile.rpc;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallSimulator;
import org.cardfile.core.calls.IncomingCalls;
import org.cardfile.core.calls.DirectoryImport;
import org.cardfile.core.calls.TrackingNumbers;
import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.server.ServerMonitor;
import org.cardfile.core.service.AuditLog;
import org.cardfile.core.service.CodeCatalog;
import org.cardfile.core.service.ContactLog;
import org.cardfile.core.service.CustomerRepository;
import org.cardfile.core.service.DataImport;
import org.cardfile.core.service.EmployeeAdministration;
import org.cardfile.core.service.FirstRun;
import org.cardfile.core.service.ProductRepository;
import org.cardfile.core.service.PurchaseRepository;

/**
 * The core services a server offers to workstations, each under its simple name. A call names the
 * service and the method; methods of these interfaces are not overloaded, so the name is enough.
 */
public final class ServiceCatalog {
    public static final List<Class<?>> SERVICES = List.of(AuthenticationService.class, FirstRun.class,
            CustomerRepository.class, ProductRepository.class, ContactLog.class, CodeCatalog.class,
            PurchaseRepository.class, AuditLog.class, EmployeeAdministration.class, DataImport.class,
            IncomingCalls.class, TrackingNumbers.class, CallEventSink.class, ServerMonitor.class, Cards.class,
            CardTemplates.class, Capabilities.class, DirectoryImport.class,
            // a workstation's "Simulate call" plays on the server, where the inbox is; a production server
            // leaves the simulator out and the workstation says so
            CallSimulator.class);

    private static final Map<String, Class<?>> BY_NAME = SERVICES.stream()
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private ServiceCatalog() {
    }

    public static Optional<Class<?>> service(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Optional<Method> method(Class<?> service, String name) {
        for (Method m : service.getMethods()) {
            if (m.getName().equals(name) && !m.isDefault() && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** {@code /api/call/CustomerRepository/save} */
    public static String path(Class<?> service, Method method) {
        return Paths.CALL + service.getSimpleName() + "/" + method.getName();
    }
}
