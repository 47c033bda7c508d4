package org.cardfile.reports.internal;

import java.util.List;

import org.mozilla.javascript.ClassShutter;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * Keeps a layout's scripts away from the Java classes that would let them leave the report: the file
 * system, the network, processes, reflection, class loading, the OSGi framework and the database
 * drivers. A layout's scripts still see BIRT's own objects and plain values (strings, numbers, dates,
 * collections). {@link LayoutSafety} refuses the obvious attempts up front with a clear message; this
 * is what holds when a script hides its intent.
 */
final class ScriptClassShutter implements ClassShutter, ContextFactory.Listener {
    private static final List<String> REFUSED_PREFIXES = List.of("java.io.", "java.nio.", "java.net.",
            "java.lang.reflect.", "java.lang.invoke.", "java.lang.management.", "java.lang.ref.", "java.lang.module.",
            "java.security.", "java.util.jar.", "java.util.zip.", "java.util.logging.",
            "java.util.prefs.", "java.util.ServiceLoader", "java.sql.DriverManager", "javax.", "jdk.", "sun.", "com.sun.",
            "org.osgi.", "org.eclipse.osgi.", "org.eclipse.core.", "org.eclipse.equinox.", "org.apache.felix.",
            "org.apache.derby.", "org.postgresql.", "org.eclipse.persistence.", "org.cardfile.", "org.apache.aries.",
            "org.eclipse.birt.core.framework.",
            // a script that reached Rhino itself could open a context of its own, without this shutter
            "org.mozilla.javascript.");
    private static final List<String> REFUSED_CLASSES = List.of("java.lang.Class", "java.lang.ClassLoader",
            "java.lang.Runtime", "java.lang.ProcessBuilder", "java.lang.Process", "java.lang.ProcessHandle",
            "java.lang.System", "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ModuleLayer",
            "java.lang.Module", "java.lang.SecurityManager", "java.lang.StackWalker");

    @Override
    public boolean visibleToScripts(String className) {
        if (className.startsWith("jdk.proxy") || className.startsWith("com.sun.proxy.")) {
            // proxies show scripts only their interfaces: the report's own connection is one, office-scoped
            return true;
        }
        for (String prefix : REFUSED_PREFIXES) {
            if (className.startsWith(prefix)) {
                return false;
            }
        }
        for (String refused : REFUSED_CLASSES) {
            if (className.equals(refused) || className.startsWith(refused + "$")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void contextCreated(Context cx) {
        cx.setClassShutter(this);
    }

    @Override
    public void contextReleased(Context cx) {
        // the shutter goes with the context
    }
}
