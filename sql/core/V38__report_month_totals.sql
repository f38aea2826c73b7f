-- Reporting (core-reporting): a frozen month's figures summed per agency, sector and procedure, written with its
-- per-dossier rows when the month is frozen (MonthSnapshots.freeze, same transaction). Status tables of closed
-- periods and the dashboard's twelve months read these few rows (a few thousand a month for a province) instead of
-- summing every dossier's row of every month; the per-dossier rows stay for the drill-downs.
CREATE TABLE report_month_total (
    period_month         INT            NOT NULL,
    agency_id            BIGINT         NOT NULL,
    procedure_id         BIGINT         NOT NULL,
    sector_id            BIGINT         NOT NULL,
    carried_over         INT            NOT NULL,
    received_online      INT            NOT NULL,
    received_counter     INT            NOT NULL,
    resolved_early       INT            NOT NULL,
    resolved_on_time     INT            NOT NULL,
    resolved_late        INT            NOT NULL,
    in_progress_in_time  INT            NOT NULL,
    in_progress_overdue  INT            NOT NULL,
    withdrawn            INT            NOT NULL,
    refused              INT            NOT NULL,
    CONSTRAINT pk_report_month_total PRIMARY KEY (period_month, agency_id, procedure_id, sector_id),
    CONSTRAINT fk_report_month_total_month FOREIGN KEY (period_month) REFERENCES report_month (period_month)
);

-- The months frozen before this table existed.
INSERT INTO report_month_total (period_month, agency_id, procedure_id, sector_id, carried_over, received_online,
    received_counter, resolved_early, resolved_on_time, resolved_late, in_progress_in_time, in_progress_overdue,
    withdrawn, refused)
SELECT period_month, agency_id, procedure_id, sector_id, SUM(carried_over), SUM(received_online),
    SUM(received_counter), SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late), SUM(in_progress_in_time),
    SUM(in_progress_overdue), SUM(withdrawn), SUM(refused)
FROM report_month_row
GROUP BY period_month, agency_id, procedure_id, sector_id;
