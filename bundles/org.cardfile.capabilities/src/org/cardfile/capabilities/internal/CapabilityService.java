package org.cardfile.capabilities.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.capabilities.Capability;
import org.cardfile.core.capabilities.CapabilityInUseException;
import org.cardfile.core.capabilities.CapabilityStatus;
import org.cardfile.core.capabilities.CapabilitySwitch;
import org.cardfile.core.capabilities.CapabilitySwitchLedger;
import org.cardfile.core.capabilities.CapabilityUsage;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.NotFoundException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The installation's capabilities and their switches, where the database is (a stand-alone
 * workbench, or the server). A switch is checked (admins only, office scope only where the
 * capability has it, what is in use said first), kept with its history, and broadcast; the
 * {@link CapabilityEnforcer} of every installation that hears it disables or enables the components,
 * and the workbenches hide or show what belongs to it.
 */
@Component(service = Capabilities.class, property = "service.ranking:Integer=-1")
public class CapabilityService implements Capabilities {
    private static final System.Logger LOG = System.getLogger(CapabilityService.class.getName());
    private static final int HISTORY = 200;

    private final InstalledCapabilities installed;
    private final CapabilitySwitchLedger ledger;
    private final EventAdmin events;
    private final Clock clock;
    private final List<CapabilityUsage> usages = new CopyOnWriteArrayList<>();

    @Activate
    public CapabilityService(BundleContext context, @Reference CapabilitySwitchLedger ledger,
            @Reference EventAdmin events) {
        this(new InstalledCapabilities(context), ledger, events, Clock.systemUTC());
    }

    CapabilityService(InstalledCapabilities installed, CapabilitySwitchLedger ledger, EventAdmin events, Clock clock) {
        this.installed = installed;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUsage(CapabilityUsage usage) {
        usages.add(usage);
    }

    void removeUsage(CapabilityUsage usage) {
        usages.remove(usage);
    }

    @Override
    public List<CapabilityStatus> installed(Session session) {
        Session admin = ledger.live(session);
        admin.require(Permission.MANAGE_CAPABILITIES);
        Map<String, Map<Long, Boolean>> states = ledger.states();
        List<InstalledCapability> all = installed.all();
        CapabilityRequirements requirements = new CapabilityRequirements(all);
        Set<String> officeOff = offFor(states, requirements, admin.officeId());
        List<CapabilityStatus> list = new ArrayList<>();
        for (InstalledCapability i : all) {
            list.add(status(i.capability(), states, requirements, officeOff, admin.officeId()));
        }
        return list;
    }

    @Override
    public Set<String> switchedOff(Session session) {
        long officeId = ledger.live(session).officeId();
        return offFor(ledger.states(), new CapabilityRequirements(installed.all()), officeId);
    }

    @Override
    public Set<String> switchedOffEverywhere() {
        return offFor(ledger.states(), new CapabilityRequirements(installed.all()), CapabilitySwitch.INSTALLATION);
    }

    /**
     * Off for the office ({@link CapabilitySwitch#INSTALLATION}: for the whole installation): switched
     * off, or needing something that is.
     */
    private static Set<String> offFor(Map<String, Map<Long, Boolean>> states, CapabilityRequirements requirements,
            long officeId) {
        return requirements.offWith(off(states, byOffice -> onFor(byOffice, officeId)));
    }

    /** The switched capabilities that {@code on} says are off. */
    private static Set<String> off(Map<String, Map<Long, Boolean>> states,
            java.util.function.Predicate<Map<Long, Boolean>> on) {
        Set<String> off = new LinkedHashSet<>();
        states.forEach((id, byOffice) -> {
            if (!on.test(byOffice)) {
                off.add(id);
            }
        });
        return off;
    }

    private static boolean onEverywhere(Map<Long, Boolean> byOffice) {
        return byOffice.getOrDefault(CapabilitySwitch.INSTALLATION, true);
    }

    /** On for the office: on everywhere, and not switched off for that office. */
    private static boolean onFor(Map<Long, Boolean> byOffice, long officeId) {
        return onEverywhere(byOffice) && byOffice.getOrDefault(officeId, true);
    }

    @Override
    public CapabilityStatus switchTo(Session session, String capability, boolean officeOnly, boolean on,
            boolean confirmed) {
        Session admin = ledger.live(session);
        admin.require(Permission.MANAGE_CAPABILITIES);
        CapabilityRequirements requirements = new CapabilityRequirements(installed.all());
        Capability known = requirements.capability(capability)
                .orElseThrow(() -> new NotFoundException("No capability " + capability + " is installed here."));
        if (officeOnly && !known.officeScoped()) {
            throw new IllegalArgumentException(known.name() + " is switched for the whole installation only; it cannot"
                    + " be switched for one office.");
        }
        long officeId = officeOnly ? admin.officeId() : CapabilitySwitch.INSTALLATION;
        Map<String, Map<Long, Boolean>> states = ledger.states();
        boolean wasOn = states.getOrDefault(capability, Map.of()).getOrDefault(officeId, true);
        if (wasOn == on) {
            return status(known, states, requirements, offFor(states, requirements, admin.officeId()),
                    admin.officeId());
        }
        if (!on && !confirmed) {
            Optional<String> busy = inUse(capability,
                    requirements.goingOffWith(capability, offFor(states, requirements, officeId)));
            if (busy.isPresent()) {
                throw new CapabilityInUseException(known.name() + " is in use: " + busy.get()
                        + " Switching it off now interrupts that.");
            }
        }
        CapabilitySwitch change = new CapabilitySwitch(capability, officeId, wasOn, on, admin.employee().displayName()
                + " (" + admin.employee().login() + ")", clock.instant());
        ledger.record(change);
        LOG.log(Level.INFO, "Capability {0} switched {1} {2} by {3}", capability, on ? "on" : "off",
                officeOnly ? "for office " + admin.office().name() : "for the whole installation", change.switchedBy());
        events.postEvent(new Event(CHANGED, Map.of(CAPABILITY, capability, OFFICE_ID, officeId, ON, on, SWITCHED_BY,
                admin.employee().displayName(), ADMIN_OFFICE_ID, admin.officeId())));
        Map<String, Map<Long, Boolean>> after = ledger.states();
        return status(known, after, requirements, offFor(after, requirements, admin.officeId()), admin.officeId());
    }

    @Override
    public List<CapabilitySwitch> history(Session session, String capability) {
        ledger.live(session).require(Permission.MANAGE_CAPABILITIES);
        return ledger.history(capability, HISTORY);
    }

    /** What would be interrupted: the capabilities going off with it, and what they or it are busy with. */
    private Optional<String> inUse(String capability, List<Capability> dependents) {
        List<String> busy = new ArrayList<>();
        if (!dependents.isEmpty()) {
            busy.add(String.join(", ", dependents.stream().map(Capability::name).toList())
                    + (dependents.size() == 1 ? " needs it and goes" : " need it and go") + " off with it.");
        }
        Set<String> stopping = new LinkedHashSet<>();
        stopping.add(capability);
        dependents.forEach(d -> stopping.add(d.id()));
        for (CapabilityUsage usage : usages) {
            if (stopping.contains(usage.capability())) {
                usage.inUse().ifPresent(busy::add);
            }
        }
        return busy.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", busy));
    }

    /** {@code officeOff}: what is off for the office, as {@link #offFor} says. */
    private static CapabilityStatus status(Capability capability, Map<String, Map<Long, Boolean>> states,
            CapabilityRequirements requirements, Set<String> officeOff, long officeId) {
        Map<Long, Boolean> byOffice = states.getOrDefault(capability.id(), Map.of());
        List<String> missing = requirements.missing(capability, officeOff);
        return new CapabilityStatus(capability, onEverywhere(byOffice), onFor(byOffice, officeId), missing);
    }
}
