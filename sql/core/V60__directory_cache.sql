-- What every request of a signed-in officer read from the directory (issue 13, the officers' pages): the plugins
-- enabled per agency (menus, page guards, the counter's procedures) and the paths of the officer's agencies (the
-- scope of every list). Each server now keeps them in memory while this row stays put: every change of agencies
-- (created, moved, merged, switched on or off), of counters' receiving on behalf of others and of plugin switches
-- bumps it in its own transaction; every server reads it at most once a second (VersionedCache), so a change made on
-- one server shows on the others within a second. A change of an officer's own agencies moves their rights stamp,
-- which every request already reads (SessionGuard).
INSERT INTO cache_version (name, version) VALUES ('directory', 0);
