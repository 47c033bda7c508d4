-- The card a call entry opened (set when the card is saved, or when a card sent from another office
-- arrives as an entry). Releases before per-capability schemas ran these statements at the end of
-- their step 5 (cards); they are the calls tables' own, so the incoming list works without cards.
ALTER TABLE CALL_ENTRY ADD COLUMN CARD_ID BIGINT;
CREATE INDEX CALL_ENTRY_CARD ON CALL_ENTRY (CARD_ID);
-- untaken transfers stay in the incoming list whatever their age
CREATE INDEX CALL_ENTRY_WAITING ON CALL_ENTRY (OFFICE_ID, DRIVER, TAKEN_BY_ID);
