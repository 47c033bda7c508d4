-- Won leads in the per-hour summaries, so the advertising report sums them with the calls instead of
-- joining every won card to its call (at a million calls that join alone took some fifteen seconds).
-- CALL_WON holds the calls whose card says the lead was won; the cards store writes it in the
-- transaction that saves the card, and the calls tables do not need the cards tables to exist.
CREATE TABLE CALL_WON (
  CALL_ID BIGINT NOT NULL,
  CARD_ID BIGINT NOT NULL,
  CONSTRAINT CALL_WON_KEY PRIMARY KEY (CALL_ID)
);
ALTER TABLE CALL_HOUR ADD COLUMN WON INT DEFAULT 0 NOT NULL;
DROP VIEW R_CALL_HOUR;
DROP VIEW CALL_HOUR_SHARE;
-- Reporting schema, version 3 (docs/reporting-schema.md): R_CALL_HOUR gains WON
CREATE VIEW R_CALL_HOUR (OFFICE_ID, TRACKING_NUMBER_ID, HOUR_START, CALLS, ANSWERED, MISSED, RETURNING_CALLS,
    CARDS, WON) AS
  SELECT OFFICE_ID, TRACKING_NUMBER_ID, HOUR_START, CALLS, ANSWERED, MISSED, RETURNING_CALLS, CARDS, WON FROM CALL_HOUR;
