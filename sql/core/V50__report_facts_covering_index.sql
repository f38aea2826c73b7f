-- Report facts read from their indexes alone. At 1,000,000 generated dossiers the live figures and the monthly freeze
-- spent their time looking rows up, not reading indexes:
--
-- 1. The live figures (this month's dashboard, the status table's live part, the drill-downs' ids) read report_dossier
--    through ix_report_dossier_agency_open (agency_id, open_until, received_at): an index range per agency, then for
--    every entry a lookup of the row for the columns the figures' conditions test. The province's month: 15,769 index
--    entries and as many lookups (EXPLAIN ANALYZE; 95-120 ms of CPU for the dashboard's statement, 52-62 ms for the
--    overdue list's first page, whose ids come from 11,821 entries). With those columns in the index H2 answers from
--    the index (it reads the row only for a column the index lacks), as SQL Server does with a covering index.
-- 2. Freezing a month (MonthSnapshots.freeze) selects `outcome <> 'NOT_RECEIVED' and received_at < :end and
--    open_until >= :start` through ix_report_dossier_open_received (open_until, received_at): for an old month nearly
--    every dossier ended after its start, so the range is almost the whole table, and H2 looked up each row for
--    `outcome` (a thread dump of the first start: MVSecondaryIndex cursor -> MVTable.getRow under the INSERT ... SELECT;
--    one month of 2022 took minutes, 60 months to freeze). With outcome in the index the rows outside the month are
--    passed over in the index; only the month's own rows are read.
--
-- The keys start as before, so every plan that used these indexes uses them. On SQL Server the trailing columns could
-- be INCLUDE columns instead; the migrations are shared with H2, which has no INCLUDE, and in the key they cost only
-- index width.
DROP INDEX ix_report_dossier_agency_open ON report_dossier;
CREATE INDEX ix_report_dossier_agency_open ON report_dossier (agency_id, open_until, received_at, outcome, online,
    extended, due_at, ended_at, paused_at, sector_id, procedure_id);
DROP INDEX ix_report_dossier_open_received ON report_dossier;
CREATE INDEX ix_report_dossier_open_received ON report_dossier (open_until, received_at, outcome);
