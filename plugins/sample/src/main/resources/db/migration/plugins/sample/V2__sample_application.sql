-- What the sample plugin's form collects for the procedure it serves, one row per dossier (foreign key to the core's
-- dossier table), and its own numbering of result documents (one locked row per agency and year).
CREATE SEQUENCE sample_application_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sample_application (
    id             BIGINT        NOT NULL,
    dossier_id     BIGINT        NOT NULL,
    printing_house NVARCHAR(255) NOT NULL,
    machines       INT           NOT NULL,
    result_number  VARCHAR(40)   NULL,
    CONSTRAINT pk_sample_application PRIMARY KEY (id),
    CONSTRAINT fk_sample_application_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE UNIQUE INDEX ux_sample_application_dossier ON sample_application (dossier_id);
