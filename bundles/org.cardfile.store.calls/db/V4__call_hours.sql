-- Per-hour summaries of the calls, kept in step by the calls store in the transaction that changes a
-- call, so a report over a month of a busy office sums some hundred rows per tracking number instead of
-- reading every call. Hours are the database's own: the wall-clock hour a call started in as the
-- database keeps its time stamps, so a report whose period starts and ends on whole hours (days) adds
-- up exactly what the calls would. Calls to no tracking number are not summarised (no ad to credit).
CREATE TABLE CALL_HOUR (
  OFFICE_ID BIGINT NOT NULL,
  TRACKING_NUMBER_ID BIGINT NOT NULL,
  HOUR_START TIMESTAMP NOT NULL,
  CALLS INT NOT NULL,
  ANSWERED INT NOT NULL,
  MISSED INT NOT NULL,
  RETURNING_CALLS INT NOT NULL,
  CARDS INT NOT NULL,
  CONSTRAINT CALL_HOUR_KEY PRIMARY KEY (OFFICE_ID, TRACKING_NUMBER_ID, HOUR_START)
);
CREATE INDEX CALL_HOUR_TIME ON CALL_HOUR (OFFICE_ID, HOUR_START, TRACKING_NUMBER_ID);
-- One row per caller, number and hour with a call, and the hour that caller last called the number
-- before: the distinct callers of a period are its rows whose previous hour lies before the period.
CREATE TABLE CALLER_HOUR (
  OFFICE_ID BIGINT NOT NULL,
  TRACKING_NUMBER_ID BIGINT NOT NULL,
  CALLER_NUMBER VARCHAR(100) NOT NULL,
  HOUR_START TIMESTAMP NOT NULL,
  CALLS INT NOT NULL,
  PREVIOUS_HOUR TIMESTAMP,
  CONSTRAINT CALLER_HOUR_KEY PRIMARY KEY (OFFICE_ID, TRACKING_NUMBER_ID, CALLER_NUMBER, HOUR_START)
);
CREATE INDEX CALLER_HOUR_TIME ON CALLER_HOUR (OFFICE_ID, HOUR_START, TRACKING_NUMBER_ID, PREVIOUS_HOUR);
-- What one call adds to the summaries: the one place that says which hour a call belongs to and what
-- counts as answered, missed, returning and a lead. Not a reporting view (no R_ prefix).
CREATE VIEW CALL_HOUR_SHARE (CALL_ID, OFFICE_ID, TRACKING_NUMBER_ID, CALLER_NUMBER, HOUR_START, ANSWERED, MISSED,
    RETURNING_CALL, CARD) AS
  SELECT ID, OFFICE_ID, TRACKING_NUMBER_ID, ANI,
    {fn TIMESTAMPADD(SQL_TSI_HOUR, {fn TIMESTAMPDIFF(SQL_TSI_HOUR, TIMESTAMP('2000-01-01 00:00:00'), STARTED_AT)},
      TIMESTAMP('2000-01-01 00:00:00'))},
    CASE WHEN ANSWERED_AT IS NULL THEN 0 ELSE 1 END,
    CASE WHEN STATUS IN ('BUSY', 'NO_ANSWER', 'ABANDONED') THEN 1 ELSE 0 END,
    CASE WHEN EARLIER_CONTACTS > 0 THEN 1 ELSE 0 END,
    CASE WHEN CARD_ID IS NULL THEN 0 ELSE 1 END
  FROM CALL_ENTRY WHERE TRACKING_NUMBER_ID IS NOT NULL;
-- Reporting schema, version 2 (docs/reporting-schema.md)
CREATE VIEW R_CALL_HOUR (OFFICE_ID, TRACKING_NUMBER_ID, HOUR_START, CALLS, ANSWERED, MISSED, RETURNING_CALLS,
    CARDS) AS
  SELECT OFFICE_ID, TRACKING_NUMBER_ID, HOUR_START, CALLS, ANSWERED, MISSED, RETURNING_CALLS, CARDS FROM CALL_HOUR;
CREATE VIEW R_CALLER_HOUR (OFFICE_ID, TRACKING_NUMBER_ID, CALLER_NUMBER, HOUR_START, CALLS, PREVIOUS_HOUR) AS
  SELECT OFFICE_ID, TRACKING_NUMBER_ID, CALLER_NUMBER, HOUR_START, CALLS, PREVIOUS_HOUR FROM CALLER_HOUR;
