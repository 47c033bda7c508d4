-- The card templates an office switched off: every installed template is offered until an admin
-- switches it off for the office, which writes a row here; switching it back on deletes the row.
CREATE TABLE CARD_TEMPLATE_OFF (
  OFFICE_ID BIGINT NOT NULL REFERENCES OFFICE(ID),
  TEMPLATE_ID VARCHAR(100) NOT NULL,
  UPDATED_BY VARCHAR(200) NOT NULL,
  UPDATED_AT TIMESTAMP NOT NULL,
  PRIMARY KEY (OFFICE_ID, TEMPLATE_ID)
);
