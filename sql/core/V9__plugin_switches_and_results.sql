-- The per-agency switch of department plugins, and the result document a plugin issues for a dossier.
-- A plugin enabled for an agency is enabled for every agency below it (paths, like the agency scope). Takes effect
-- at once: the portal reads this table on every page, nothing is cached across requests.

CREATE TABLE plugin_agency (
    plugin_id   VARCHAR(40)   NOT NULL,
    agency_id   BIGINT        NOT NULL,
    enabled_at  DATETIME2     NOT NULL,
    enabled_by  NVARCHAR(100) NOT NULL,
    CONSTRAINT pk_plugin_agency PRIMARY KEY (plugin_id, agency_id),
    CONSTRAINT fk_plugin_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_plugin_agency_agency ON plugin_agency (agency_id);

-- The result document (licence, decision...) a plugin numbered and rendered at approval; the file is one of the
-- dossier's files.
ALTER TABLE dossier ADD result_number NVARCHAR(60) NULL;
ALTER TABLE dossier ADD result_title NVARCHAR(255) NULL;
ALTER TABLE dossier ADD result_file_id BIGINT NULL;
ALTER TABLE dossier ADD CONSTRAINT fk_dossier_result_file FOREIGN KEY (result_file_id) REFERENCES dossier_file (id);
