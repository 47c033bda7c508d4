package org.cardfile.reports.internal;

import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.mozilla.javascript.ContextFactory;
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
        // BIRT's JavaScript bundle installs the global script context factory when it starts; every
        // script context it creates from then on gets the shutter
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
