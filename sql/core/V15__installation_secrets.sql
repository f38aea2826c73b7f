-- Secrets an installation generates for itself at first boot and never ships: one row per purpose (e.g. the key of
-- the HMAC that turns a client's address into its throttle key). In the database, so that every server of a cluster
-- uses the same secret; readable only by the application's login, like the rest of the schema.
CREATE TABLE installation_secret (
    name       NVARCHAR(40)  NOT NULL,
    secret     NVARCHAR(100) NOT NULL,
    created_at DATETIME2     NOT NULL,
    CONSTRAINT pk_installation_secret PRIMARY KEY (name)
);
