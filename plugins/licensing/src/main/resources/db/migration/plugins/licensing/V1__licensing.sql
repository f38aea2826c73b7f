-- The licensing plugin's tables (history table flyway_history_licensing; runs after the core's migrations).
-- Every row names the agency that issues (its deciding agency) and the dossier it came from, by id with a real
-- foreign key; the core's tables are never altered here.

-- Licence and decision numbers: one row per issuing agency, year and series ('GP' licences, 'QD' revocation
-- decisions), incremented only under a row lock, so two servers approving at once never share a number.
CREATE TABLE licensing_number_counter (
    agency_id   BIGINT      NOT NULL,
    issue_year  INT         NOT NULL,
    series      VARCHAR(10) NOT NULL,
    last_number INT         NOT NULL,
    CONSTRAINT pk_licensing_number_counter PRIMARY KEY (agency_id, issue_year, series),
    CONSTRAINT fk_licensing_counter_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);

-- The registry: every licence issued (a new one, or the licence issued by an amendment, which replaces the
-- licence it amends). status is VALID, AMENDED or REVOKED; "expired" is VALID with expires_on in the past.
CREATE SEQUENCE licensing_licence_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE licensing_licence (
    id                     BIGINT         NOT NULL,
    agency_id              BIGINT         NOT NULL,
    dossier_id             BIGINT         NOT NULL,
    dossier_code           VARCHAR(60)    NOT NULL,
    kind                   VARCHAR(20)    NOT NULL,
    number                 NVARCHAR(60)   NOT NULL,
    sequence_number        INT            NOT NULL,
    issue_year             INT            NOT NULL,
    issue_period           INT            NOT NULL,
    issued_on              DATE           NOT NULL,
    expires_on             DATE           NOT NULL,
    status                 VARCHAR(20)    NOT NULL,
    status_changed_on      DATE           NULL,
    holder_name            NVARCHAR(255)  NOT NULL,
    holder_id_number       VARCHAR(20)    NOT NULL,
    holder_address         NVARCHAR(500)  NULL,
    publication_name       NVARCHAR(255)  NOT NULL,
    purpose                NVARCHAR(1000) NOT NULL,
    periodicity            VARCHAR(20)    NOT NULL,
    pages                  INT            NOT NULL,
    copies                 INT            NOT NULL,
    languages              NVARCHAR(200)  NOT NULL,
    printing_house_name    NVARCHAR(255)  NOT NULL,
    printing_house_address NVARCHAR(500)  NOT NULL,
    responsible_person     NVARCHAR(150)  NOT NULL,
    amends_licence_id      BIGINT         NULL,
    version                INT            NOT NULL,
    CONSTRAINT pk_licensing_licence PRIMARY KEY (id),
    CONSTRAINT fk_licensing_licence_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_licensing_licence_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_licensing_licence_amends FOREIGN KEY (amends_licence_id) REFERENCES licensing_licence (id)
);
CREATE UNIQUE INDEX ux_licensing_licence_number ON licensing_licence (agency_id, issue_year, number);
CREATE UNIQUE INDEX ux_licensing_licence_dossier ON licensing_licence (dossier_id);
CREATE INDEX ix_licensing_licence_agency_status ON licensing_licence (agency_id, status, expires_on);
CREATE INDEX ix_licensing_licence_holder ON licensing_licence (holder_id_number);
CREATE INDEX ix_licensing_licence_period ON licensing_licence (agency_id, issue_period);

-- What the counter typed for a licence dossier (issue of a bulletin or non-commercial publication licence, or the
-- amendment of a bulletin licence: then amended_* name the licence and changes says what changes).
CREATE SEQUENCE licensing_application_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE licensing_application (
    id                     BIGINT         NOT NULL,
    dossier_id             BIGINT         NOT NULL,
    agency_id              BIGINT         NOT NULL,
    procedure_code         VARCHAR(40)    NOT NULL,
    publication_name       NVARCHAR(255)  NOT NULL,
    purpose                NVARCHAR(1000) NOT NULL,
    periodicity            VARCHAR(20)    NOT NULL,
    pages                  INT            NOT NULL,
    copies                 INT            NOT NULL,
    languages              NVARCHAR(200)  NOT NULL,
    printing_house_name    NVARCHAR(255)  NOT NULL,
    printing_house_address NVARCHAR(500)  NOT NULL,
    responsible_person     NVARCHAR(150)  NOT NULL,
    amended_number         NVARCHAR(60)   NULL,
    amended_year           INT            NULL,
    amended_licence_id     BIGINT         NULL,
    changes                NVARCHAR(1000) NULL,
    created_at             DATETIME2      NOT NULL,
    CONSTRAINT pk_licensing_application PRIMARY KEY (id),
    CONSTRAINT fk_licensing_application_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_licensing_application_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_licensing_application_licence FOREIGN KEY (amended_licence_id) REFERENCES licensing_licence (id)
);
CREATE UNIQUE INDEX ux_licensing_application_dossier ON licensing_application (dossier_id);

-- A revocation dossier: the licence it names, the reason, and (once approved) the decision's own number.
CREATE SEQUENCE licensing_revocation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE licensing_revocation (
    id               BIGINT         NOT NULL,
    dossier_id       BIGINT         NOT NULL,
    agency_id        BIGINT         NOT NULL,
    licence_number   NVARCHAR(60)   NOT NULL,
    licence_year     INT            NOT NULL,
    licence_id       BIGINT         NOT NULL,
    reason           NVARCHAR(1000) NOT NULL,
    decision_number  NVARCHAR(60)   NULL,
    decided_on       DATE           NULL,
    decided_period   INT            NULL,
    created_at       DATETIME2      NOT NULL,
    CONSTRAINT pk_licensing_revocation PRIMARY KEY (id),
    CONSTRAINT fk_licensing_revocation_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_licensing_revocation_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_licensing_revocation_licence FOREIGN KEY (licence_id) REFERENCES licensing_licence (id)
);
CREATE UNIQUE INDEX ux_licensing_revocation_dossier ON licensing_revocation (dossier_id);
CREATE INDEX ix_licensing_revocation_period ON licensing_revocation (agency_id, decided_period);
