-- Which department plugin claimed which catalog procedure (by national code), written at every boot from the
-- installed plugins' procedure handlers. A plugin uninstalled by configuration keeps its claims, so its procedures are
-- not offered as ordinary ones; a plugin gone from the build releases them (see plugins/README.md, "Uninstalling").
-- Same column types as admin_procedure.national_code and plugin_agency.plugin_id.

CREATE TABLE plugin_procedure (
    national_code  VARCHAR(40)  NOT NULL,
    plugin_id      VARCHAR(40)  NOT NULL,
    claimed_at     DATETIME2    NOT NULL,
    CONSTRAINT pk_plugin_procedure PRIMARY KEY (national_code)
);
CREATE INDEX ix_plugin_procedure_plugin ON plugin_procedure (plugin_id);
