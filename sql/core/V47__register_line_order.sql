-- The register book (core-reporting, RegisterBook) reads an agency's lines in reception order, a keyset page of 1,000
-- at a time for its exports, ordered by (received_at, id). With (receiving_agency_id, received_at) alone H2 could not
-- deliver that order from the index: every page read and joined all the book's lines after the cursor, sorted them
-- and kept 1,000 (EXPLAIN ANALYZE, agency 102 of a generated province, a page half way through its 25,441 lines:
-- scanCount 25,441 before the cursor bound, 12,721 with it, each joined to applicant, procedure, agency and its
-- hand-overs). With the id in the index, the statement orders by (receiving_agency_id, received_at, id) — the same
-- order, the agency being fixed — and H2 walks the index in that order and stops after the page. SQL Server keeps the
-- clustered key (id) in every nonclustered index already; the explicit column changes nothing there.
DROP INDEX ix_dossier_register ON dossier;
CREATE INDEX ix_dossier_register ON dossier (receiving_agency_id, received_at, id);
