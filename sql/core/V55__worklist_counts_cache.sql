-- The worklist counts of the officers' tab labels (issue 13, the worklist at a million dossiers): each server keeps
-- them between changes of any dossier instead of counting four lists on every GET. Every transition bumps this row
-- once it has committed (a reorganisation, in its own transaction); every server counts again within a second.
INSERT INTO cache_version (name, version) VALUES ('worklist-counts', 0);
