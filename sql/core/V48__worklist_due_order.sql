-- Worklists at a million dossiers (issue 13). The first page of a list in the default order (the due date) reads about
-- a page of rows when this index gives the order: H2 walks it and checks each dossier's other conditions (the scope by
-- the key of dossier_agency) until the page is full, instead of reading every dossier of the scope and sorting them
-- (2.46 million rows of dossier_agency for the busiest department: the heap filled with H2's rows). The id is in the
-- index because every page is ordered by the sort key, then the id. DossierSearch.page says which lists use it.
CREATE INDEX ix_dossier_due ON dossier (due_at, id);

-- A list or a search that fixes the state ("every dossier in state RETURNED", about 900,000 at a million dossiers) is
-- ordered by (state, due date, id), the same order as (due date, id) within one state: with the id in this index, H2
-- reads the page in its order and stops, instead of reading and sorting every dossier of the state.
DROP INDEX ix_dossier_state_due ON dossier;
CREATE INDEX ix_dossier_state_due ON dossier (state, due_at, id);
