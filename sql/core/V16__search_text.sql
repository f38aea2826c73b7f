-- Accent-insensitive search (issue 14): officers, procedures and applicants keep their searchable text folded
-- (Vietnamese diacritics removed, lower case: "Nguyễn Văn" -> "nguyen van") in a column of their own, written by the
-- application with the row. A search is then a plain LIKE on that indexed column, with no function over every row,
-- on H2 and SQL Server alike. Rows written before this migration (demo data included) are filled by the application
-- at its next start (SearchBackfill), in batches: folding needs Java's Unicode tables, not a dialect's functions.
ALTER TABLE officer ADD search_text NVARCHAR(300) NULL;
CREATE INDEX ix_officer_search_text ON officer (search_text);

ALTER TABLE admin_procedure ADD search_text NVARCHAR(600) NULL;
CREATE INDEX ix_admin_procedure_search_text ON admin_procedure (search_text);

ALTER TABLE applicant ADD search_text NVARCHAR(300) NULL;
CREATE INDEX ix_applicant_search_text ON applicant (search_text);
