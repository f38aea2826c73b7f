-- Cluster-correct caches (issue 13): a server may keep something it read from the database (the working calendar)
-- as long as the version row of that cache has not moved. Every change bumps the row in the same transaction as the
-- change itself; every server reads the row at most once a second and rebuilds its copy when the version differs.
-- So a change made on one server shows on the others within a second, needs no data grid, and works the same on
-- SQL Server with several servers. One row per cache, created here.

CREATE TABLE cache_version (
    name     VARCHAR(40) NOT NULL,
    version  BIGINT      NOT NULL,
    CONSTRAINT pk_cache_version PRIMARY KEY (name)
);

INSERT INTO cache_version (name, version) VALUES ('calendar', 0);
