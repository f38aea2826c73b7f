-- The ${pluginId} plugin's tables. Runs from this JAR after the core's migrations, with its own history table
-- flyway_history_${pluginId.replace('-', '_')}. Every table starts with "${tablePrefix}_" and refers to core rows by id
-- with a real foreign key. Types that H2 and SQL Server both accept: NVARCHAR, DATETIME2, BIT, DECIMAL(18,0) for
-- amounts in đồng.
-- A later change is a new file V2__....sql next to this one; never edit a migration that has run somewhere.

-- What the counter's form collects for a dossier of ${procedureCode}, and the result issued for it. agency_id is the
-- deciding agency: the registry shows a row to the officers of that agency and of the agencies above it.
CREATE SEQUENCE ${tablePrefix}_application_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ${tablePrefix}_application (
    id                  BIGINT         NOT NULL,
    dossier_id          BIGINT         NOT NULL,
    agency_id           BIGINT         NOT NULL,
    dossier_code        VARCHAR(60)    NULL,
    procedure_code      VARCHAR(20)    NULL,
    applicant_name      NVARCHAR(255)  NULL,
    applicant_id_number VARCHAR(20)    NULL,
    subject             NVARCHAR(255)  NOT NULL,
    quantity            INT            NOT NULL,
    start_date          DATE           NOT NULL,
    note                NVARCHAR(1000) NULL,
    received_at         DATETIME2      NULL,
    received_period     INT            NULL,
    result_number       NVARCHAR(60)   NULL,
    result_sequence     INT            NULL,
    result_year         INT            NULL,
    issued_on           DATE           NULL,
    issue_period        INT            NULL,
    search_text         NVARCHAR(600)  NULL,
    CONSTRAINT pk_${tablePrefix}_application PRIMARY KEY (id),
    CONSTRAINT fk_${tablePrefix}_application_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_${tablePrefix}_application_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE UNIQUE INDEX ux_${tablePrefix}_application_dossier ON ${tablePrefix}_application (dossier_id);
CREATE INDEX ix_${tablePrefix}_application_issued ON ${tablePrefix}_application (agency_id, issued_on);
CREATE INDEX ix_${tablePrefix}_application_received ON ${tablePrefix}_application (agency_id, received_period);
-- The registry's search box: number, applicant and subject folded (no diacritics, lower case), written by the
-- application with the row; a plain LIKE on this column, no function over every row.
CREATE INDEX ix_${tablePrefix}_application_search ON ${tablePrefix}_application (search_text);

-- No numbering table: result numbers come from the core (ResultNumbers, its table result_number, series
-- '${pluginId}.result'), locked per agency and year.
