-- Reporting (core-reporting): one row of facts per dossier, kept current by every transition (the status table,
-- dashboards and scorecard read these, never the dossier rows), and monthly frozen snapshots of closed months.

CREATE TABLE report_dossier (
    dossier_id           BIGINT         NOT NULL,
    code                 VARCHAR(60)    NULL,
    -- The agency a dossier is counted for (one place decides it: ReportFacts.countingAgency).
    agency_id            BIGINT         NOT NULL,
    receiving_agency_id  BIGINT         NOT NULL,
    counter_id           BIGINT         NULL,
    procedure_id         BIGINT         NOT NULL,
    sector_id            BIGINT         NOT NULL,
    assignee_id          BIGINT         NULL,
    state                VARCHAR(30)    NOT NULL,
    online               BIT            NOT NULL,
    outcome              VARCHAR(20)    NOT NULL,
    received_at          DATETIME2      NULL,
    ended_at             DATETIME2      NULL,
    -- ended_at, or 9999-12-31 while open: "open at a moment" becomes one range condition an index can serve.
    open_until           DATETIME2      NOT NULL,
    due_at               DATETIME2      NULL,
    extended             BIT            NOT NULL,
    paused_at            DATETIME2      NULL,
    supplement_requests  INT            NOT NULL,
    scored_late          BIT            NOT NULL,
    digitised            BIT            NOT NULL,
    electronic_result    BIT            NOT NULL,
    updated_at           DATETIME2      NOT NULL,
    CONSTRAINT pk_report_dossier PRIMARY KEY (dossier_id),
    CONSTRAINT fk_report_dossier_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_report_dossier_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
-- The status table of a period: rows received before its end and open at its start, per agency.
CREATE INDEX ix_report_dossier_agency_open ON report_dossier (agency_id, open_until, received_at);
CREATE INDEX ix_report_dossier_open_received ON report_dossier (open_until, received_at);
-- Dashboards: what an officer holds.
CREATE INDEX ix_report_dossier_assignee ON report_dossier (assignee_id, outcome);

-- A month frozen once: its row is inserted first, so a second run of the same month finds it and stops.
CREATE TABLE report_month (
    period_month         INT            NOT NULL,
    frozen_at            DATETIME2      NOT NULL,
    dossiers             INT            NOT NULL,
    CONSTRAINT pk_report_month PRIMARY KEY (period_month)
);

-- The figures of each dossier in a frozen month (a row only for a dossier with at least one figure).
CREATE TABLE report_month_row (
    period_month         INT            NOT NULL,
    dossier_id           BIGINT         NOT NULL,
    agency_id            BIGINT         NOT NULL,
    procedure_id         BIGINT         NOT NULL,
    sector_id            BIGINT         NOT NULL,
    carried_over         SMALLINT       NOT NULL,
    received_online      SMALLINT       NOT NULL,
    received_counter     SMALLINT       NOT NULL,
    resolved_early       SMALLINT       NOT NULL,
    resolved_on_time     SMALLINT       NOT NULL,
    resolved_late        SMALLINT       NOT NULL,
    in_progress_in_time  SMALLINT       NOT NULL,
    in_progress_overdue  SMALLINT       NOT NULL,
    withdrawn            SMALLINT       NOT NULL,
    refused              SMALLINT       NOT NULL,
    CONSTRAINT pk_report_month_row PRIMARY KEY (period_month, dossier_id),
    CONSTRAINT fk_report_month_row_month FOREIGN KEY (period_month) REFERENCES report_month (period_month)
);
CREATE INDEX ix_report_month_row_agency ON report_month_row (period_month, agency_id);

-- Division heads follow their division's figures too (leaders have report:view since V2).
INSERT INTO role_permission (role_id, permission) VALUES (5, 'report:view');
