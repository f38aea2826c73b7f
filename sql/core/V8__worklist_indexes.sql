-- Worklists with 100 000 dossiers and more (measured with server-config/benchmark.sh; DossierSearch says which
-- query form goes with which index).

-- An officer's scope is "a dossier one of my agencies has held": dossier_agency looked up by agency. With the dossier
-- in the index too, the dossier ids come from the index alone (the primary key starts with the dossier).
CREATE INDEX ix_dossier_agency_held ON dossier_agency (agency_id, dossier_id);
DROP INDEX ix_dossier_agency_agency ON dossier_agency;

-- "To approve", "to return", "to assign": a state, at an agency in my scope (a set that a subquery computes once).
-- The state first: the index entries of that state are filtered by agency without reading their rows. With the
-- agency first, H2 let the equality on the state win and read the whole index.
DROP INDEX ix_dossier_agency_state_due ON dossier;
CREATE INDEX ix_dossier_state_agency_due ON dossier (state, current_agency_id, due_at);

-- No index on due_at for the sort: H2 then walks it in due order for every list it cannot narrow by an index (a
-- "code contains" search read 100 000 rows by key to find 53). DossierSearch sorts and pages ids first instead.
