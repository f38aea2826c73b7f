-- Per-client quota of the anonymous online submission (/public/submit.xhtml): bytes uploaded and dossiers submitted
-- by one client (SHA-256 of its address, IPv6 by /64) since the start of its one-hour window. In the database so that
-- every server of a cluster counts the same use and a restart forgets nothing; rows whose window has ended are swept
-- hourly. NVARCHAR like the strings the driver binds, so SQL Server seeks the key.
CREATE TABLE online_usage (
    client_key     NVARCHAR(64) NOT NULL,
    window_start   DATETIME2    NOT NULL,
    uploaded_bytes BIGINT       NOT NULL,
    submissions    INT          NOT NULL,
    CONSTRAINT pk_online_usage PRIMARY KEY (client_key)
);
CREATE INDEX ix_online_usage_window ON online_usage (window_start);
