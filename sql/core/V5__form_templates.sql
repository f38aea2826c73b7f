-- Form templates (forms 01-05) an admin stored to replace the built-in ones from a date on. The template in force on
-- a date is the version with the latest effective_from on or before it (ties: the highest version_number), else the
-- default shipped in core-dossier (META-INF/motcua/forms/). Versions are added, never edited.

CREATE SEQUENCE form_template_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE form_template (
    id             BIGINT         NOT NULL,
    form_kind      VARCHAR(30)    NOT NULL,
    version_number INT            NOT NULL,
    effective_from DATE           NOT NULL,
    content        NVARCHAR(MAX)  NOT NULL,
    created_at     DATETIME2      NOT NULL,
    created_by     NVARCHAR(100)  NULL,
    CONSTRAINT pk_form_template PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_form_template_kind_version ON form_template (form_kind, version_number);
CREATE INDEX ix_form_template_kind_from ON form_template (form_kind, effective_from);
