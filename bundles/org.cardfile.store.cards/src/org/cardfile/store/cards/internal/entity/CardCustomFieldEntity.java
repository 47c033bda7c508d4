package org.cardfile.store.cards.internal.entity;

import org.cardfile.store.jpa.foundation.entity.Ids;
import org.cardfile.store.jpa.foundation.entity.SmallintBoolean;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A field an office admin added to a template, with every component of its definition. Retired
 * fields stay, so their id is never given to another meaning while cards still hold values for it.
 */
@Entity
@Table(name = "CARD_CUSTOM_FIELD")
public class CardCustomFieldEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Column(name = "OFFICE_ID")
    public long officeId;
    @Column(name = "TEMPLATE_ID")
    public String templateId;
    @Column(name = "FIELD_ID")
    public String fieldId;
    public int position;
    @Convert(converter = SmallintBoolean.class)
    public boolean retired;
    public String label;
    @Column(name = "FIELD_TYPE")
    public String type;
    @Convert(converter = SmallintBoolean.class)
    public boolean required;
    /** The choices, one per line. */
    public String choices = "";
    public String source;
    public String pattern = "";
    @Column(name = "PATTERN_HINT")
    public String patternHint = "";
    /** Plain decimal text, exact as declared; null for no bound. */
    @Column(name = "MIN_VALUE")
    public String minValue;
    @Column(name = "MAX_VALUE")
    public String maxValue;
    @Column(name = "MAX_LENGTH")
    public int maxLength;
    public String help = "";
    @Column(name = "ADDED_BY")
    public String addedBy;
    @Column(name = "ADDED_AT")
    public Instant addedAt;
}
