-- The lookup throttle's clients held back (issue 13, the public lookup at a million dossiers): each server keeps the
-- clients at or over the failure limit in memory instead of reading lookup_attempt on every lookup. A failure that
-- brings a client to the limit bumps this row in its own transaction; every server rebuilds its copy within a second.
INSERT INTO cache_version (name, version) VALUES ('lookup-throttle', 0);
