-- The calls of the cards already won (calls step 6 added CALL_WON; the cards store keeps it in step from
-- now on). A card counts when it is the card its call opened, still in the call's office, with an
-- outcome of a lease or a sale: the values CardOutcome.WON names.
INSERT INTO CALL_WON (CALL_ID, CARD_ID)
  SELECT E.ID, C.ID FROM CARD C
    JOIN CARD_VALUE V ON V.CARD_ID = C.ID AND V.FIELD_ID = 'outcome'
    JOIN CALL_ENTRY E ON E.ID = C.CALL_ID AND E.CARD_ID = C.ID AND E.OFFICE_ID = C.OFFICE_ID
  WHERE V.FIELD_VALUE IN ('Leased', 'Sold');
-- the hours summed again with them, as CallHours.rebuild sums them (calls' call_hours_refill.sql)
DELETE FROM CALL_HOUR;
INSERT INTO CALL_HOUR (OFFICE_ID, TRACKING_NUMBER_ID, HOUR_START, CALLS, ANSWERED, MISSED, RETURNING_CALLS, CARDS, WON)
  SELECT OFFICE_ID, TRACKING_NUMBER_ID, HOUR_START, COUNT(*), SUM(ANSWERED), SUM(MISSED), SUM(RETURNING_CALL), SUM(CARD),
    SUM(WON)
  FROM CALL_HOUR_SHARE GROUP BY OFFICE_ID, TRACKING_NUMBER_ID, HOUR_START;
