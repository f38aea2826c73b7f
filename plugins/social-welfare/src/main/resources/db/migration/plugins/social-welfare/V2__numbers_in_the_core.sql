-- The numbering moved to the core (vn.motcua.spi.numbering.ResultNumbers, table result_number, created by the core's
-- V11, which runs before any plugin migration): the last decision numbers go there as series
-- 'social-welfare.decision', so numbering goes on where it stood (no number reused).
INSERT INTO result_number (series, agency_id, number_year, last_number)
SELECT 'social-welfare.decision', agency_id, decision_year, last_number FROM social_welfare_decision_counter;
DROP TABLE social_welfare_decision_counter;
