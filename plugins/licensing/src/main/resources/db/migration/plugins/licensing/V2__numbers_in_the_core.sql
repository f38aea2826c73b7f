-- The numbering moved to the core (vn.motcua.spi.numbering.ResultNumbers, table result_number, created by the core's
-- V11, which runs before any plugin migration): the last numbers handed out go there, series 'licensing.GP' for
-- licences and 'licensing.QD' for revocation decisions, so numbering goes on where it stood (no number reused).
INSERT INTO result_number (series, agency_id, number_year, last_number)
SELECT 'licensing.GP', agency_id, issue_year, last_number FROM licensing_number_counter WHERE series = 'GP';
INSERT INTO result_number (series, agency_id, number_year, last_number)
SELECT 'licensing.QD', agency_id, issue_year, last_number FROM licensing_number_counter WHERE series = 'QD';
DROP TABLE licensing_number_counter;
