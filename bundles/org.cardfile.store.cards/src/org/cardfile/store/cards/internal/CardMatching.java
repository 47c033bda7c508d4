package org.cardfile.store.cards.internal;

import static org.cardfile.store.cards.internal.CardRows.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardMatch;
import org.cardfile.core.cards.CardValidator;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.PersistenceUnit;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.cards.internal.entity.CardEntity;

import jakarta.persistence.EntityManager;

/** Finds the office's cards that are probably the same person's, ranked, and fills a card from one. */
final class CardMatching {
    /** Candidates read per identity key when matching; enough to rank, bounded for a shared office line. */
    private static final int CANDIDATES_PER_KEY = 200;

    /*
     * Match scores. A phone number or e-mail address names one person (households aside), so either
     * alone outranks everything else; a full name is a strong hint, an address a household, a last
     * name alone only a weak one. Scores add up, so a card sharing phone and name ranks above one
     * sharing the phone only.
     */
    static final int SCORE_PHONE = 100;
    static final int SCORE_EMAIL = 100;
    static final int SCORE_FULL_NAME = 50;
    static final int SCORE_ADDRESS = 40;
    static final int SCORE_LAST_NAME = 20;

    private final PersistenceUnit store;
    private final SessionRegistry sessions;
    private final JpaCardTemplates templates;
    private final PhoneNumbers phones;

    CardMatching(PersistenceUnit store, SessionRegistry sessions, JpaCardTemplates templates, PhoneNumbers phones) {
        this.store = store;
        this.sessions = sessions;
        this.templates = templates;
        this.phones = phones;
    }

    public List<CardMatch> matches(Session session, String templateId, Map<String, String> values, long excludeCardId,
            int limit) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> {
            CardLayout layout = templates.layout(em, s.officeId(), templateId);
            CardKeys keys = CardKeys.of(CardIdentity.of(layout, values == null ? Map.of() : values),
                    s.office().defaultRegion(), phones);
            Map<Long, CardEntity> candidates = new LinkedHashMap<>();
            candidates(em, s, "phoneE164", keys.phone(), excludeCardId, candidates);
            candidates(em, s, "emailKey", keys.email(), excludeCardId, candidates);
            candidates(em, s, "lastNameKey", keys.lastName(), excludeCardId, candidates);
            candidates(em, s, "streetKey", keys.street(), excludeCardId, candidates);
            List<CardMatch> matches = new ArrayList<>();
            for (CardEntity c : candidates.values()) {
                score(keys, CardKeys.of(c)).ifPresent(m -> matches.add(new CardMatch(summary(templates, c), m.score, m.reasons)));
            }
            matches.sort(Comparator.comparingInt(CardMatch::score).reversed()
                    .thenComparing(m -> m.card().updatedAt(), Comparator.nullsLast(Comparator.reverseOrder())));
            return matches.size() > bounded(limit) ? List.copyOf(matches.subList(0, bounded(limit))) : matches;
        });
    }

    private static void candidates(EntityManager em, Session s, String column, String key, long exclude,
            Map<Long, CardEntity> into) {
        if (key.isEmpty()) {
            return; // an unknown value is not a match
        }
        em.createQuery("SELECT c FROM CardEntity c WHERE c.officeId = :o AND c." + column + " = :k AND c.id <> :x"
                + " ORDER BY c.updatedAt DESC", CardEntity.class).setParameter("o", s.officeId()).setParameter("k", key)
                .setParameter("x", exclude).setMaxResults(CANDIDATES_PER_KEY).getResultList()
                .forEach(c -> into.putIfAbsent(c.id, c));
    }

    private record Score(int score, List<String> reasons) {
    }

    static Optional<Score> score(CardKeys mine, CardKeys other) {
        int score = 0;
        List<String> reasons = new ArrayList<>();
        if (!mine.phone().isEmpty() && mine.phone().equals(other.phone())) {
            score += SCORE_PHONE;
            reasons.add("same phone");
        }
        if (!mine.email().isEmpty() && mine.email().equals(other.email())) {
            score += SCORE_EMAIL;
            reasons.add("same e-mail");
        }
        if (!mine.lastName().isEmpty() && mine.lastName().equals(other.lastName())) {
            if (!mine.firstName().isEmpty() && mine.firstName().equals(other.firstName())) {
                score += SCORE_FULL_NAME;
                reasons.add("same name");
            } else {
                score += SCORE_LAST_NAME;
                reasons.add("same last name");
            }
        }
        if (!mine.street().isEmpty() && mine.street().equals(other.street()) && !mine.postalCode().isEmpty()
                && mine.postalCode().equals(other.postalCode())) {
            score += SCORE_ADDRESS;
            reasons.add("same address");
        }
        return score == 0 ? Optional.empty() : Optional.of(new Score(score, reasons));
    }

    public Card fillFrom(Session session, Card card, long otherCardId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> {
            CardEntity other = find(em, s, otherCardId);
            CardLayout mine = templates.layout(em, s.officeId(), card.templateId());
            Optional<CardLayout> theirs = templates.installed(em, s.officeId(), other.templateId);
            Map<String, String> values = new LinkedHashMap<>(card.values());
            mine.fields().filter(f -> f.kind() != FieldKind.FIXED && card.value(f.id()).isBlank()).forEach(f -> {
                String value = other.values.getOrDefault(f.id(), "");
                if (value.isEmpty() && isIdentity(f.source()) && theirs.isPresent()) {
                    // another template may call the caller's phone "cell"; the source says it is the phone
                    value = theirs.get().fieldFor(f.source()).map(t -> other.values.getOrDefault(t.id(), "")).orElse("");
                }
                // a value the field would refuse (another template's choice list) is left for the rep to type
                if (!value.isEmpty() && CardValidator.check(f, value).isEmpty()) {
                    values.put(f.id(), value);
                }
            });
            return card.withValues(values);
        });
    }

    private static boolean isIdentity(FieldSource source) {
        return switch (source) {
            case FIRST_NAME, LAST_NAME, COMPANY, PHONE, EMAIL, STREET, CITY, REGION, POSTAL_CODE, CUSTOMER_NUMBER -> true;
            default -> false;
        };
    }
}
