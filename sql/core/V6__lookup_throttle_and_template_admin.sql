-- Public lookup throttle: failed lookups per client (SHA-256 of its address, IPv6 by /64) since the start of its
-- window. In the database so that every server of a cluster counts the same attempts; rows whose window has ended
-- are swept hourly.
CREATE TABLE lookup_attempt (
    client_key   VARCHAR(64)  NOT NULL,
    window_start DATETIME2    NOT NULL,
    failures     INT          NOT NULL,
    CONSTRAINT pk_lookup_attempt PRIMARY KEY (client_key)
);
CREATE INDEX ix_lookup_attempt_window ON lookup_attempt (window_start);

-- Form templates (forms 01-05): the catalog keepers may see, download, preview and upload versions
-- (dossier:template:view / dossier:template:edit). Uploading also needs scope:all, as a template prints for every
-- agency; ADMIN holds '*'. By role code: admins may have edited or removed the standard roles since V3.
INSERT INTO role_permission (role_id, permission)
SELECT r.id, 'dossier:template:*' FROM app_role r
WHERE r.code = 'CATALOG_ADMIN'
  AND NOT EXISTS (SELECT 1 FROM role_permission p WHERE p.role_id = r.id AND p.permission = 'dossier:template:*');
