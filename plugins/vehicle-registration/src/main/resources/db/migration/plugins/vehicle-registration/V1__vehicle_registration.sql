-- The vehicle-registration plugin (Sở Giao thông vận tải): what the counter records for licence and badge dossiers,
-- the registry of licences and badges issued, and the numbering counters. Tables prefixed vehicle_registration_;
-- rows refer to core rows (dossier, agency) by id with foreign keys. Runs after the core's migrations, from this JAR,
-- with history table flyway_history_vehicle_registration. H2 and SQL Server alike (no vendor functions).

-- Details of a licence exchange (1.002804) or re-issue (1.002809), one row per dossier.
CREATE TABLE vehicle_registration_licence_application (
    dossier_id            BIGINT       NOT NULL,
    procedure_code        VARCHAR(20)  NOT NULL,
    licence_number        VARCHAR(12)  NOT NULL,
    licence_class         VARCHAR(10)  NOT NULL,
    issued_on             DATE         NOT NULL,
    expires_on            DATE         NULL,
    health_certificate_on DATE         NOT NULL,
    holder_birth_date     DATE         NOT NULL,
    requested_class       VARCHAR(10)  NULL,
    reissue_reason        VARCHAR(20)  NULL,
    CONSTRAINT pk_vehicle_registration_licence_application PRIMARY KEY (dossier_id),
    CONSTRAINT fk_vehicle_registration_licence_application_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);

-- Details of a badge dossier (1.002861), one row per dossier. The plate is normalised (30A12345).
CREATE TABLE vehicle_registration_badge_application (
    dossier_id              BIGINT        NOT NULL,
    plate                   VARCHAR(12)   NOT NULL,
    vehicle_type            VARCHAR(20)   NOT NULL,
    seats                   INT           NULL,
    tonnage                 DECIMAL(6, 2) NULL,
    manufacture_year        INT           NOT NULL,
    business_licence_number VARCHAR(30)   NOT NULL,
    badge_kind              VARCHAR(20)   NOT NULL,
    validity_years          INT           NOT NULL,
    CONSTRAINT pk_vehicle_registration_badge_application PRIMARY KEY (dossier_id),
    CONSTRAINT fk_vehicle_registration_badge_application_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);

-- The licence registry: one row per licence issued, by the agency that issued it.
CREATE SEQUENCE vehicle_registration_licence_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE vehicle_registration_licence (
    id                BIGINT        NOT NULL,
    agency_id         BIGINT        NOT NULL,
    dossier_id        BIGINT        NOT NULL,
    dossier_code      VARCHAR(60)   NOT NULL,
    procedure_code    VARCHAR(20)   NOT NULL,
    licence_number    VARCHAR(12)   NOT NULL,
    licence_class     VARCHAR(10)   NOT NULL,
    restriction       NVARCHAR(255) NULL,
    previous_number   VARCHAR(12)   NOT NULL,
    previous_class    VARCHAR(10)   NOT NULL,
    holder_name       NVARCHAR(255) NOT NULL,
    holder_id_number  VARCHAR(20)   NULL,
    holder_birth_date DATE          NOT NULL,
    issued_on         DATE          NOT NULL,
    expires_on        DATE          NULL,
    CONSTRAINT pk_vehicle_registration_licence PRIMARY KEY (id),
    CONSTRAINT uq_vehicle_registration_licence_number UNIQUE (licence_number),
    CONSTRAINT uq_vehicle_registration_licence_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_vehicle_registration_licence_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_vehicle_registration_licence_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_vehicle_registration_licence_issued ON vehicle_registration_licence (agency_id, issued_on);
CREATE INDEX ix_vehicle_registration_licence_previous ON vehicle_registration_licence (previous_number);

-- The badge registry: one row per badge issued.
CREATE SEQUENCE vehicle_registration_badge_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE vehicle_registration_badge (
    id                      BIGINT        NOT NULL,
    agency_id               BIGINT        NOT NULL,
    dossier_id              BIGINT        NOT NULL,
    dossier_code            VARCHAR(60)   NOT NULL,
    badge_number            VARCHAR(20)   NOT NULL,
    plate                   VARCHAR(12)   NOT NULL,
    badge_kind              VARCHAR(20)   NOT NULL,
    vehicle_type            VARCHAR(20)   NOT NULL,
    seats                   INT           NULL,
    tonnage                 DECIMAL(6, 2) NULL,
    business_licence_number VARCHAR(30)   NOT NULL,
    holder_name             NVARCHAR(255) NOT NULL,
    holder_id_number        VARCHAR(20)   NULL,
    issued_on               DATE          NOT NULL,
    expires_on              DATE          NOT NULL,
    CONSTRAINT pk_vehicle_registration_badge PRIMARY KEY (id),
    CONSTRAINT uq_vehicle_registration_badge_number UNIQUE (agency_id, badge_number),
    CONSTRAINT uq_vehicle_registration_badge_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_vehicle_registration_badge_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_vehicle_registration_badge_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_vehicle_registration_badge_issued ON vehicle_registration_badge (agency_id, issued_on);
CREATE INDEX ix_vehicle_registration_badge_plate ON vehicle_registration_badge (plate);

-- The last number handed out per agency, series (LICENCE, BADGE) and year; incremented under a row lock.
CREATE TABLE vehicle_registration_counter (
    agency_id    BIGINT      NOT NULL,
    series       VARCHAR(10) NOT NULL,
    counter_year INT         NOT NULL,
    last_number  INT         NOT NULL,
    CONSTRAINT pk_vehicle_registration_counter PRIMARY KEY (agency_id, series, counter_year),
    CONSTRAINT fk_vehicle_registration_counter_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
