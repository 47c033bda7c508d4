package org.cardfile.store.cards.internal.entity;

import org.cardfile.store.jpa.foundation.entity.Ids;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a card's running log; written once, never changed. */
@Entity
@Table(name = "CARD_NOTE")
public class CardNoteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Column(name = "CARD_ID")
    public long cardId;
    @Column(name = "OFFICE_ID")
    public long officeId;
    @Column(name = "WRITTEN_AT")
    public Instant writtenAt;
    @Column(name = "EMPLOYEE_ID")
    public long employeeId;
    @Column(name = "EMPLOYEE_NAME")
    public String employeeName;
    @Column(name = "NOTE_TEXT")
    public String text;
}
