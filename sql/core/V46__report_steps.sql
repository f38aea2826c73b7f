-- Reporting (core-reporting): one row per process step handed on (a hand-over with a step name, made by an officer
-- of an agency, after an earlier hand-over of the same dossier), with the working time the dossier stayed with that
-- officer: from the hand-over that brought it to the one that passed it on, on the catalog's working clock. Written
-- by ReportFacts in the transaction of each transition (and by ReportJobs for hand-overs older than this table), so
-- the performance screen counts, averages and takes the 90th percentile per officer or division and step in the
-- database (GROUP BY over a window ROW_NUMBER), never reading the hand-overs into memory.
CREATE TABLE report_step (
    hand_over_id  BIGINT         NOT NULL,
    dossier_id    BIGINT         NOT NULL,
    officer_id    BIGINT         NOT NULL,
    agency_id     BIGINT         NOT NULL,
    step_name     NVARCHAR(255)  NOT NULL,
    verdict       VARCHAR(20)    NULL,
    handed_at     DATETIME2      NOT NULL,
    held_seconds  BIGINT         NOT NULL,
    CONSTRAINT pk_report_step PRIMARY KEY (hand_over_id)
);
-- The performance screen: an agency subtree's steps handed on in a period (agencies by path, then a range per agency).
CREATE INDEX ix_report_step_agency_time ON report_step (agency_id, handed_at);
-- ReportFacts: the steps of one dossier, rewritten with its facts.
CREATE INDEX ix_report_step_dossier ON report_step (dossier_id);
