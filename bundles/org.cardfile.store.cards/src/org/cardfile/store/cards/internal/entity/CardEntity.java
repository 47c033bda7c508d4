package org.cardfile.store.cards.internal.entity;

import org.cardfile.store.jpa.foundation.entity.Ids;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A card row with its values (one CARD_VALUE row per filled-in field). The key columns are the
 * card's identity normalised for matching: E.164 phone, lower-case e-mail, upper-case names and
 * street, postal code without spaces.
 */
@Entity
@Table(name = "CARD")
public class CardEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Version
    public long version;
    @Column(name = "OFFICE_ID")
    public long officeId;
    @Column(name = "TEMPLATE_ID")
    public String templateId;
    /** Null until the card is filed under a customer. */
    @Column(name = "CUSTOMER_ID")
    public Long customerId;
    /** Null for a card not opened from an incoming-list entry. */
    @Column(name = "CALL_ID")
    public Long callId;
    public String title = "";
    @Column(name = "PHONE_E164")
    public String phoneE164 = "";
    @Column(name = "EMAIL_KEY")
    public String emailKey = "";
    @Column(name = "LAST_NAME_KEY")
    public String lastNameKey = "";
    @Column(name = "FIRST_NAME_KEY")
    public String firstNameKey = "";
    @Column(name = "STREET_KEY")
    public String streetKey = "";
    @Column(name = "POSTAL_CODE_KEY")
    public String postalCodeKey = "";
    @Column(name = "TRANSFERRED_FROM")
    public String transferredFrom = "";
    @Column(name = "CREATED_AT")
    public Instant createdAt;
    @Column(name = "CREATED_BY")
    public String createdBy = "";
    @Column(name = "UPDATED_AT")
    public Instant updatedAt;
    @Column(name = "UPDATED_BY")
    public String updatedBy = "";
    /** Read when needed: lists and matching show only the key columns. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "CARD_VALUE", joinColumns = @JoinColumn(name = "CARD_ID"))
    @MapKeyColumn(name = "FIELD_ID")
    @Column(name = "FIELD_VALUE")
    public Map<String, String> values = new HashMap<>();
}
