-- Online submission: when the applicant submitted the dossier, and what they declared about themselves.
-- The declared details stay on the dossier: an anonymous submission never changes the applicant register (a known
-- ID number keeps its stored name and address until a counter officer has checked the papers and accepts the
-- dossier), and a public lookup can show what the submitter typed and nothing the register holds.
-- All NULL for dossiers handed in at a counter.

ALTER TABLE dossier ADD submitted_at DATETIME2 NULL;
ALTER TABLE dossier ADD declared_name NVARCHAR(255) NULL;
ALTER TABLE dossier ADD declared_birth_date DATE NULL;
ALTER TABLE dossier ADD declared_address NVARCHAR(500) NULL;
ALTER TABLE dossier ADD declared_phone VARCHAR(30) NULL;
ALTER TABLE dossier ADD declared_email VARCHAR(120) NULL;
