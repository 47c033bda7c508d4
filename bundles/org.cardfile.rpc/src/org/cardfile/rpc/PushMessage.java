package org.cardfile.rpc;

import java.util.HashMap;
import java.util.Map;

/** An event the server pushes to a workstation: an Event Admin topic and its properties. */
public record PushMessage(String topic, Map<String, Object> properties) {

    /**
     * The properties as the local Event Admin should carry them: whole numbers back to {@code Long},
     * which JSON cannot tell from {@code Integer}.
     */
    public Map<String, Object> localProperties() {
        Map<String, Object> local = new HashMap<>();
        properties.forEach((k, v) -> local.put(k, v instanceof Integer i ? Long.valueOf(i) : v));
        return local;
    }
}
