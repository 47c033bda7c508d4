package org.cardfile.store.cards.internal;

import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cardfile.core.capabilities.CapabilitySwitchLedger;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardTemplate;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.InstalledTemplate;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.PersistenceUnit;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.cards.internal.entity.CardCustomFieldEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManager;

/**
 * The installed card templates (every {@link CardTemplate} service, as bundles come and go) with
 * each office's custom fields and the templates it switched off (CARD_TEMPLATE_OFF: a row per
 * switched-off template, so every template is on until an admin switches it off). Also registered
 * under its own class so the card store reads layouts without a second permission check.
 */
@Component(service = { CardTemplates.class, JpaCardTemplates.class }, property = "service.ranking:Integer=-1")
public class JpaCardTemplates implements CardTemplates {
    private static final System.Logger LOG = System.getLogger(JpaCardTemplates.class.getName());
    /** Event property naming the office whose custom fields changed; absent when a template came or went. */
    /** The name the call events use too, so the server pushes both kinds to the office's workstations alone. */
    public static final String OFFICE_ID = org.cardfile.core.calls.CallTopics.OFFICE_ID;
    public static final String TEMPLATE_ID = "templateId";

    private final PersistenceUnit store;
    private final SessionRegistry sessions;
    private final CapabilitySwitchLedger switches;
    private final List<CardTemplate> templates = new CopyOnWriteArrayList<>();
    /** Template id → the capability its bundle declares, which an admin may switch off for one office. */
    private final Map<String, String> capabilities = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile EventAdmin events;

    @Activate
    public JpaCardTemplates(@Reference CardsStore cards, @Reference SessionRegistry sessions,
            @Reference CapabilitySwitchLedger switches) {
        this.store = cards.store();
        this.sessions = sessions;
        this.switches = switches;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addTemplate(CardTemplate template) {
        TemplateCapability.of(template).ifPresent(c -> capabilities.put(template.id(), c));
        templates.add(template);
        announce(template.id(), 0);
    }

    public void removeTemplate(CardTemplate template) {
        templates.remove(template);
        capabilities.remove(template.id());
        announce(template.id(), 0);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setEvents(EventAdmin admin) {
        events = admin;
    }

    public void unsetEvents(EventAdmin admin) {
        if (events == admin) {
            events = null;
        }
    }

    @Override
    public List<CardLayout> available(Session session) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> everyInstalled(em, s.officeId()).stream().filter(InstalledTemplate::offered)
                .map(InstalledTemplate::layout).toList());
    }

    @Override
    public List<InstalledTemplate> installed(Session session) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> everyInstalled(em, s.officeId()));
    }

    /** Every installed template with the office's custom fields and whether the office offers it, by name. */
    private List<InstalledTemplate> everyInstalled(EntityManager em, long officeId) {
        Map<String, CardLayout> byId = new HashMap<>();
        for (CardTemplate t : templates) {
            byId.putIfAbsent(t.id(), t.layout());
        }
        Set<String> off = switchedOff(em, officeId);
        Set<String> featureOff = featureSwitchedOff(officeId);
        // one query for the office fields of every template: the list is read at each call taken and menu opened
        Map<String, List<FieldDefinition>> fields = new HashMap<>();
        em.createQuery("SELECT f FROM CardCustomFieldEntity f WHERE f.officeId = :o ORDER BY f.position",
                CardCustomFieldEntity.class).setParameter("o", officeId).getResultList().stream().filter(r -> !r.retired)
                .forEach(r -> fields.computeIfAbsent(r.templateId, t -> new ArrayList<>()).add(definition(r)));
        List<InstalledTemplate> installed = new ArrayList<>();
        for (CardLayout layout : byId.values()) {
            installed.add(new InstalledTemplate(layout.withCustomFields(fields.getOrDefault(layout.id(), List.of())),
                    !off.contains(layout.id()) && !featureOff.contains(layout.id())));
        }
        installed.sort(Comparator.comparing((InstalledTemplate t) -> t.layout().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(t -> t.layout().id()));
        return installed;
    }

    @Override
    public void setOffered(Session session, String templateId, boolean offered) {
        Session s = sessions.require(session, Permission.MANAGE_CARD_TEMPLATES);
        shipped(templateId);
        boolean changed = store.write(em -> {
            boolean isOff = switchedOff(em, s.officeId()).contains(templateId);
            if (offered == !isOff) {
                return false;
            }
            if (offered) {
                em.createNativeQuery("DELETE FROM CARD_TEMPLATE_OFF WHERE OFFICE_ID = ? AND TEMPLATE_ID = ?")
                        .setParameter(1, s.officeId()).setParameter(2, templateId).executeUpdate();
            } else {
                em.createNativeQuery("INSERT INTO CARD_TEMPLATE_OFF (OFFICE_ID, TEMPLATE_ID, UPDATED_BY, UPDATED_AT)"
                        + " VALUES (?, ?, ?, ?)").setParameter(1, s.officeId()).setParameter(2, templateId)
                        .setParameter(3, s.employee().displayName()).setParameter(4, java.sql.Timestamp.from(Instant.now()))
                        .executeUpdate();
            }
            return true;
        });
        if (!changed) {
            return;
        }
        // the audit's field changes belong to a record (customer, product, employee, card); an office's
        // choice of templates is none of them, so the switch is kept in the log
        LOG.log(Level.INFO, "Card template {0} switched {1} in office {2} by {3}", templateId, offered ? "on" : "off",
                s.office().code(), s.employee().login());
        announce(templateId, s.officeId());
    }

    /**
     * The template with the office's custom fields for a new card: refused when the office switched
     * it off, naming the template, the office and where an admin switches it on again.
     */
    CardLayout offeredLayout(EntityManager em, Session s, String templateId) {
        CardLayout layout = layout(em, s.officeId(), templateId);
        if (switchedOff(em, s.officeId()).contains(templateId)) {
            throw new NotFoundException("The " + layout.name() + " is switched off for " + s.office().name()
                    + "; an administrator can switch it on in Cards → Card templates.");
        }
        if (featureSwitchedOff(s.officeId()).contains(templateId)) {
            throw new NotFoundException("The " + layout.name() + " is switched off for " + s.office().name()
                    + " with its feature; an administrator can switch the feature on in Admin → Features.");
        }
        return layout;
    }

    /** The templates whose capability an admin switched off for the office (Admin → Features, this office). */
    private Set<String> featureSwitchedOff(long officeId) {
        Set<String> off = new java.util.HashSet<>();
        if (capabilities.isEmpty()) {
            return off;
        }
        Map<String, Map<Long, Boolean>> states = switches.states();
        capabilities.forEach((templateId, capability) -> {
            if (Boolean.FALSE.equals(states.getOrDefault(capability, Map.of()).get(officeId))) {
                off.add(templateId);
            }
        });
        return off;
    }

    private static Set<String> switchedOff(EntityManager em, long officeId) {
        Set<String> off = new java.util.HashSet<>();
        for (Object id : em.createNativeQuery("SELECT TEMPLATE_ID FROM CARD_TEMPLATE_OFF WHERE OFFICE_ID = ?")
                .setParameter(1, officeId).getResultList()) {
            off.add((String) id);
        }
        return off;
    }

    @Override
    public CardLayout layout(Session session, String templateId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> layout(em, s.officeId(), templateId));
    }

    /** The template with the office's custom fields, for the card store inside its own transaction. */
    CardLayout layout(EntityManager em, long officeId, String templateId) {
        return shipped(templateId).withCustomFields(custom(em, officeId, templateId, false));
    }

    /** The layout if the template is installed; a card of a removed template is still readable. */
    Optional<CardLayout> installed(EntityManager em, long officeId, String templateId) {
        return find(templateId).map(t -> t.withCustomFields(custom(em, officeId, templateId, false)));
    }

    @Override
    public List<FieldDefinition> customFields(Session session, String templateId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> custom(em, s.officeId(), templateId, false));
    }

    /** Every custom field of the template in the office, retired ones too when asked. */
    List<FieldDefinition> custom(EntityManager em, long officeId, String templateId, boolean withRetired) {
        return rows(em, officeId, templateId).stream().filter(r -> withRetired || !r.retired)
                .map(JpaCardTemplates::definition).toList();
    }

    @Override
    public CardLayout addCustomField(Session session, String templateId, FieldDefinition field) {
        Session s = sessions.require(session, Permission.MANAGE_CARD_TEMPLATES);
        if (field == null) {
            throw new ValidationException(List.of(new FieldError("id", "Describe the field to add.")));
        }
        CardLayout shipped = shipped(templateId);
        FieldDefinition manual = manual(field);
        CardLayout result = store.write(em -> {
            List<CardCustomFieldEntity> existing = rows(em, s.officeId(), templateId);
            List<FieldError> errors = new ArrayList<>();
            if (shipped.field(manual.id()).isPresent()) {
                errors.add(new FieldError("id", "The template " + shipped.name() + " already has a field " + manual.id()
                        + "; choose another id."));
            }
            existing.stream().filter(r -> r.fieldId.equalsIgnoreCase(manual.id())).findFirst().ifPresent(r -> errors.add(
                    new FieldError("id", "The id " + manual.id() + " is already used by the office field \"" + r.label + "\""
                            + (r.retired ? " (retired; its values stay on the cards)" : "") + "; choose another id.")));
            if (manual.label().isBlank()) {
                errors.add(new FieldError("label", "Enter the label reps read beside the field."));
            }
            // the widths of CARD_CUSTOM_FIELD's columns, and of the field name in Field Changes
            tooLong(errors, "label", "The label", manual.label(), 80);
            tooLong(errors, "pattern", "The pattern", manual.pattern(), 1000);
            tooLong(errors, "patternHint", "The pattern hint", manual.patternHint(), 400);
            tooLong(errors, "help", "The help text", manual.help(), 1000);
            tooLong(errors, "choices", "The choices together", String.join("\n", manual.choices()), 4000);
            if (manual.choices().stream().anyMatch(c -> c.isBlank() || c.contains("\n"))) {
                errors.add(new FieldError("choices", "Each choice is one line of text and not empty."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            CardCustomFieldEntity row = new CardCustomFieldEntity();
            row.officeId = s.officeId();
            row.templateId = templateId;
            row.position = existing.stream().mapToInt(r -> r.position + 1).max().orElse(0);
            row.addedBy = s.employee().displayName();
            row.addedAt = Instant.now();
            apply(manual, row);
            em.persist(row);
            return layout(em, s.officeId(), templateId);
        });
        LOG.log(Level.INFO, "Custom field {0} added to {1} in office {2} by {3}", manual.id(), templateId,
                s.office().code(), s.employee().login());
        announce(templateId, s.officeId());
        return result;
    }

    @Override
    public CardLayout retireCustomField(Session session, String templateId, String fieldId) {
        Session s = sessions.require(session, Permission.MANAGE_CARD_TEMPLATES);
        shipped(templateId);
        CardLayout result = store.write(em -> {
            CardCustomFieldEntity row = rows(em, s.officeId(), templateId).stream()
                    .filter(r -> r.fieldId.equals(fieldId) && !r.retired).findFirst()
                    .orElseThrow(() -> new NotFoundException("The card template " + templateId + " has no office field "
                            + fieldId + " in " + s.office().name() + "."));
            row.retired = true;
            em.flush();
            return layout(em, s.officeId(), templateId);
        });
        LOG.log(Level.INFO, "Custom field {0} of {1} retired in office {2} by {3}", fieldId, templateId,
                s.office().code(), s.employee().login());
        announce(templateId, s.officeId());
        return result;
    }

    private static void tooLong(List<FieldError> errors, String field, String what, String value, int max) {
        if (value.length() > max) {
            errors.add(new FieldError(field, what + " takes at most " + max + " characters (" + value.length() + " given)."));
        }
    }

    /** What reps call the template; its id when it is no longer installed. */
    String name(String templateId) {
        return find(templateId).map(CardLayout::name).orElse(templateId);
    }

    private CardLayout shipped(String templateId) {
        return find(templateId).orElseThrow(() -> notInstalled(templateId));
    }

    private Optional<CardLayout> find(String templateId) {
        for (CardTemplate t : templates) {
            if (t.id().equals(templateId)) {
                return Optional.of(t.layout());
            }
        }
        return Optional.empty();
    }

    private static NotFoundException notInstalled(String templateId) {
        return new NotFoundException("The card template " + (templateId == null || templateId.isEmpty() ? "(none)" : templateId)
                + " is not installed or is switched off.");
    }

    /**
     * The definition as an office field: always typed by the rep (nothing fills an admin's field),
     * with the constructor's own checks turned into a refusal naming the field.
     */
    private static FieldDefinition manual(FieldDefinition f) {
        try {
            FieldSource source = f.source();
            return new FieldDefinition(f.id(), f.label(), FieldKind.MANUAL, f.type(), f.required(), f.choices(), source,
                    f.pattern(), f.patternHint(), f.min(), f.max(), f.maxLength(), f.help(), true);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new FieldError(f.id(), e.getMessage())));
        }
    }

    private static List<CardCustomFieldEntity> rows(EntityManager em, long officeId, String templateId) {
        return em.createQuery("SELECT f FROM CardCustomFieldEntity f WHERE f.officeId = :o AND f.templateId = :t"
                + " ORDER BY f.position", CardCustomFieldEntity.class).setParameter("o", officeId)
                .setParameter("t", templateId).getResultList();
    }

    private static void apply(FieldDefinition f, CardCustomFieldEntity row) {
        row.fieldId = f.id();
        row.label = f.label();
        row.type = f.type().name();
        row.required = f.required();
        row.choices = String.join("\n", f.choices());
        row.source = f.source().name();
        row.pattern = f.pattern();
        row.patternHint = f.patternHint();
        row.minValue = f.min() == null ? null : f.min().toPlainString();
        row.maxValue = f.max() == null ? null : f.max().toPlainString();
        row.maxLength = f.maxLength();
        row.help = f.help();
        row.retired = false;
    }

    private static FieldDefinition definition(CardCustomFieldEntity r) {
        List<String> choices = r.choices.isEmpty() ? List.of() : List.of(r.choices.split("\n"));
        return new FieldDefinition(r.fieldId, r.label, FieldKind.MANUAL, FieldType.valueOf(r.type), r.required, choices,
                FieldSource.valueOf(r.source), r.pattern, r.patternHint, r.minValue == null ? null : new BigDecimal(r.minValue),
                r.maxValue == null ? null : new BigDecimal(r.maxValue), r.maxLength, r.help, true);
    }

    private void announce(String templateId, long officeId) {
        EventAdmin admin = events;
        if (admin == null) {
            LOG.log(Level.DEBUG, "No Event Admin: change of card template {0} not announced", templateId);
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(TEMPLATE_ID, templateId);
        if (officeId != 0) {
            properties.put(OFFICE_ID, officeId);
        }
        admin.postEvent(new Event(CHANGED, properties));
    }
}
