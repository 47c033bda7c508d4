package org.cardfile.reports.internal;

import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.mozilla.javascript.ContextFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The one BIRT report engine of the application, started when reports are first needed and shared by
 * every run (starting BIRT takes seconds; a run then takes what its data takes). BIRT runs inside our
 * own OSGi framework, so there is no BIRT home and no driver jars are copied anywhere: connections are
 * handed in per run.
 */
@Component(service = BirtEngineHost.class)
public class BirtEngineHost {
    static final String JAVASCRIPT_BUNDLE = "org.eclipse.birt.report.engine.script.javascript";
    private final IReportEngine engine;
    private final ScriptClassShutter shutter = new ScriptClassShutter();

    @Activate
    public BirtEngineHost() {
        try {
            EngineConfig config = new EngineConfig();
            config.setLogConfig(null, Level.WARNING);
            Platform.startup(config);
            IReportEngineFactory factory = (IReportEngineFactory) Platform
                    .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
            if (factory == null) {
                throw new IllegalStateException("The BIRT report engine bundle is not installed.");
            }
            engine = factory.createReportEngine(config);
        } catch (BirtException e) {
            throw new IllegalStateException("The BIRT report engine did not start: " + e.getMessage(), e);
        }
        scriptsShut();
    }

    /**
     * BIRT's JavaScript bundle installs Rhino's global context factory when it starts, and every script
     * context comes from that factory: the shutter goes onto it. Until the bundle has started, the global
     * factory is a default one BIRT is about to replace, so the bundle is started first; if the factory
     * is still not BIRT's, reports do not start rather than run scripts unshut.
     */
    private void scriptsShut() {
        if (!ContextFactory.hasExplicitGlobal()) {
            Bundle javascript = java.util.Arrays.stream(FrameworkUtil.getBundle(BirtEngineHost.class).getBundleContext().getBundles())
                    .filter(b -> JAVASCRIPT_BUNDLE.equals(b.getSymbolicName())).findFirst().orElse(null);
            if (javascript == null) {
                throw new IllegalStateException("The BIRT JavaScript bundle " + JAVASCRIPT_BUNDLE + " is not installed.");
            }
            try {
                javascript.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new IllegalStateException("The BIRT JavaScript bundle did not start: " + e.getMessage(), e);
            }
        }
        if (!ContextFactory.hasExplicitGlobal()) {
            throw new IllegalStateException("BIRT's script context factory is not installed; reports stay off.");
        }
        ContextFactory.getGlobal().addListener(shutter);
    }

    public IReportEngine engine() {
        return engine;
    }

    @Deactivate
    void stop() {
        ContextFactory.getGlobal().removeListener(shutter);
        engine.destroy();
        Platform.shutdown();
    }
}
