package org.cardfile.server.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

import org.cardfile.core.security.Session;
import org.cardfile.core.server.Activity;
import org.cardfile.core.service.ImportProgress;
import org.cardfile.rpc.RemoteError;
import org.cardfile.rpc.ServiceCatalog;
import org.cardfile.server.ServiceDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs one call of a core service: finds the interface and method by name in the catalog, reads the
 * arguments with the method's own parameter types, and hands back the result as JSON, or the
 * service's refusal as a {@link RemoteError}. The services check the session themselves.
 */
public final class CallDispatcher {
    private static final System.Logger LOG = System.getLogger(CallDispatcher.class.getName());
    /** Calls that change something; they go into the admin's transaction feed. */
    private static final Set<String> WRITES = Set.of("save", "record", "log", "pick", "dispose", "fileUnder", "remove",
            "setImage", "importCustomers", "importProducts", "importDirectory");

    /** A refusal to send back: the error and nothing else. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient RemoteError error;

        Refused(RemoteError error) {
            super(error.message());
            this.error = error;
        }

        public RemoteError error() {
            return error;
        }
    }

    private final ServiceDirectory services;
    private final ObjectMapper json;
    private final Consumer<Activity> feed;

    public CallDispatcher(ServiceDirectory services, ObjectMapper json, Consumer<Activity> feed) {
        this.services = services;
        this.json = json;
        this.feed = feed;
    }

    /**
     * @param seatOfficeId the office of the calling workstation's seat, 0 for callers without a seat
     *                     (setup, drivers): a session of another office is refused, so one office's
     *                     seats cannot serve another's reps
     */
    public byte[] call(String serviceName, String methodName, byte[] body, long seatOfficeId) throws Refused {
        Class<?> type = ServiceCatalog.service(serviceName)
                .orElseThrow(() -> refused(RemoteError.Kind.BAD_REQUEST, "No service " + serviceName + " is offered."));
        Method method = ServiceCatalog.method(type, methodName).orElseThrow(
                () -> refused(RemoteError.Kind.BAD_REQUEST, serviceName + " has no method " + methodName + "."));
        Object service = services.find(type).orElseThrow(() -> refused(RemoteError.Kind.SERVER,
                serviceName + " is not running on this server; see the server's log."));
        Object[] args = arguments(method, body);
        for (Object a : args) {
            if (seatOfficeId != 0 && a instanceof Session s && s.officeId() != seatOfficeId) {
                throw refused(RemoteError.Kind.ACCESS_DENIED, "This workstation serves another office; sign in at a"
                        + " workstation of " + s.office().name() + ".");
            }
        }
        Object result;
        try {
            result = method.invoke(service, args);
        } catch (InvocationTargetException e) {
            throw new Refused(Replies.forWorkstation(e.getCause(), serviceName + "." + methodName));
        } catch (IllegalAccessException e) {
            throw refused(RemoteError.Kind.SERVER, "Call " + serviceName + "." + methodName + " is not accessible");
        }
        record(serviceName, methodName, args);
        try {
            return json.writeValueAsBytes(result);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Result of " + serviceName + "." + methodName + " could not be written", e);
            throw refused(RemoteError.Kind.SERVER, "The result could not be written: " + e.getMessage());
        }
    }

    private Object[] arguments(Method method, byte[] body) throws Refused {
        JsonNode array;
        try {
            array = json.readTree(body);
        } catch (IOException e) {
            throw refused(RemoteError.Kind.BAD_REQUEST, "The arguments are not JSON: " + e.getMessage());
        }
        Type[] types = method.getGenericParameterTypes();
        if (array == null || !array.isArray() || array.size() != types.length) {
            throw refused(RemoteError.Kind.BAD_REQUEST, method.getName() + " takes " + types.length + " arguments.");
        }
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> raw = method.getParameterTypes()[i];
            JsonNode node = array.get(i);
            if (raw == Reader.class) {
                // a CSV file travels as its text
                args[i] = new StringReader(node.asText(""));
            } else if (raw == ImportProgress.class) {
                args[i] = ImportProgress.NONE;
            } else {
                try {
                    args[i] = json.convertValue(node, json.constructType(types[i]));
                } catch (IllegalArgumentException e) {
                    throw refused(RemoteError.Kind.BAD_REQUEST, "Argument " + (i + 1) + " of " + method.getName()
                            + " is not a " + raw.getSimpleName() + ": " + e.getMessage());
                }
            }
        }
        return args;
    }

    private void record(String service, String method, Object[] args) {
        if (!WRITES.contains(method)) {
            return;
        }
        for (Object a : args) {
            if (a instanceof Session s) {
                feed.accept(new Activity(Instant.now(), s.officeId(), s.employee().displayName(), service + "." + method));
                return;
            }
        }
    }

    private static Refused refused(RemoteError.Kind kind, String message) {
        return new Refused(RemoteError.of(kind, message));
    }
}
