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

@Entity
@Table(name = "CARD_REMINDER")
public class CardReminderEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Column(name = "CARD_ID")
    public long cardId;
    @Column(name = "OFFICE_ID")
    public long officeId;
    public String kind;
    public String title;
    @Column(name = "DUE_AT")
    public Instant dueAt;
    @Column(name = "DURATION_MINUTES")
    public int durationMinutes;
    @Column(name = "ASSIGNEE_ID")
    public long assigneeId;
    @Column(name = "ASSIGNEE_NAME")
    public String assigneeName;
    @Convert(converter = SmallintBoolean.class)
    public boolean done;
}
