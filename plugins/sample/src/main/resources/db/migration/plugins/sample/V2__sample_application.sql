-- What the sample plugin's form collects for the procedure it serves, one row per dossier (foreign key to the core's
-- dossier table) with the receiving agency and day its report filters on.
CREATE SEQUENCE sample_application_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sample_application (
    id             BIGINT        NOT NULL,
    dossier_id     BIGINT        NOT NULL,
    agency_id      BIGINT        NOT NULL,
    received_on    DATE          NOT NULL,
    printing_house NVARCHAR(255) NOT NULL,
    machines       INT           NOT NULL,
    result_number  VARCHAR(40)   NULL,
    CONSTRAINT pk_sample_application PRIMARY KEY (id),
    CONSTRAINT fk_sample_application_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_sample_application_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE UNIQUE INDEX ux_sample_application_dossier ON sample_application (dossier_id);
CREATE INDEX ix_sample_application_agency ON sample_application (agency_id, received_on);
