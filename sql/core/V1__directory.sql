-- Directory: administrative units, agencies, counters, roles, officers.
-- One source for H2 and SQL Server: SQL Server types (NVARCHAR for Vietnamese text, BIT, DATETIME2) that H2 also
-- accepts; sequences (not IDENTITY) for ids, starting at 1000 so that reference rows can use small fixed ids.

CREATE SEQUENCE administrative_unit_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE administrative_unit (
    id          BIGINT        NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    name        NVARCHAR(200) NOT NULL,
    level_name  NVARCHAR(50)  NOT NULL,
    parent_id   BIGINT        NULL,
    path        VARCHAR(400)  NOT NULL,
    active      BIT           NOT NULL,
    version     INT           NOT NULL,
    CONSTRAINT pk_administrative_unit PRIMARY KEY (id),
    CONSTRAINT fk_administrative_unit_parent FOREIGN KEY (parent_id) REFERENCES administrative_unit (id)
);
CREATE UNIQUE INDEX ux_administrative_unit_code ON administrative_unit (code);
CREATE INDEX ix_administrative_unit_parent ON administrative_unit (parent_id);
CREATE INDEX ix_administrative_unit_path ON administrative_unit (path);

CREATE SEQUENCE agency_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE agency (
    id                     BIGINT        NOT NULL,
    code                   VARCHAR(40)   NOT NULL,
    name                   NVARCHAR(255) NOT NULL,
    short_name             NVARCHAR(100) NULL,
    parent_id              BIGINT        NULL,
    administrative_unit_id BIGINT        NULL,
    address                NVARCHAR(255) NULL,
    phone                  VARCHAR(30)   NULL,
    email                  VARCHAR(120)  NULL,
    path                   VARCHAR(400)  NOT NULL,
    active                 BIT           NOT NULL,
    version                INT           NOT NULL,
    CONSTRAINT pk_agency PRIMARY KEY (id),
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_id) REFERENCES agency (id),
    CONSTRAINT fk_agency_unit FOREIGN KEY (administrative_unit_id) REFERENCES administrative_unit (id)
);
CREATE UNIQUE INDEX ux_agency_code ON agency (code);
CREATE INDEX ix_agency_parent ON agency (parent_id);
CREATE INDEX ix_agency_path ON agency (path);
CREATE INDEX ix_agency_name ON agency (name);

CREATE SEQUENCE service_counter_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE service_counter (
    id        BIGINT        NOT NULL,
    name      NVARCHAR(200) NOT NULL,
    agency_id BIGINT        NOT NULL,
    address   NVARCHAR(255) NULL,
    phone     VARCHAR(30)   NULL,
    active    BIT           NOT NULL,
    version   INT           NOT NULL,
    CONSTRAINT pk_service_counter PRIMARY KEY (id),
    CONSTRAINT fk_service_counter_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_service_counter_agency ON service_counter (agency_id);
CREATE INDEX ix_service_counter_name ON service_counter (name);

CREATE SEQUENCE app_role_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE app_role (
    id          BIGINT        NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    name        NVARCHAR(150) NOT NULL,
    description NVARCHAR(500) NULL,
    version     INT           NOT NULL,
    CONSTRAINT pk_app_role PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_app_role_code ON app_role (code);

CREATE TABLE role_permission (
    role_id    BIGINT       NOT NULL,
    permission VARCHAR(120) NOT NULL,
    CONSTRAINT pk_role_permission PRIMARY KEY (role_id, permission),
    CONSTRAINT fk_role_permission_role FOREIGN KEY (role_id) REFERENCES app_role (id)
);

CREATE SEQUENCE officer_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE officer (
    id                       BIGINT        NOT NULL,
    username                 VARCHAR(60)   NOT NULL,
    full_name                NVARCHAR(150) NOT NULL,
    email                    VARCHAR(120)  NULL,
    phone                    VARCHAR(30)   NULL,
    password_hash            VARCHAR(255)  NULL,
    password_change_required BIT           NOT NULL,
    failed_logins            INT           NOT NULL,
    locked_until             DATETIME2     NULL,
    last_login_at            DATETIME2     NULL,
    active                   BIT           NOT NULL,
    created_at               DATETIME2     NOT NULL,
    version                  INT           NOT NULL,
    CONSTRAINT pk_officer PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_officer_username ON officer (username);
CREATE INDEX ix_officer_full_name ON officer (full_name);

CREATE TABLE officer_agency (
    officer_id BIGINT NOT NULL,
    agency_id  BIGINT NOT NULL,
    CONSTRAINT pk_officer_agency PRIMARY KEY (officer_id, agency_id),
    CONSTRAINT fk_officer_agency_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
    CONSTRAINT fk_officer_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_officer_agency_agency ON officer_agency (agency_id);

CREATE TABLE officer_role (
    officer_id BIGINT NOT NULL,
    role_id    BIGINT NOT NULL,
    CONSTRAINT pk_officer_role PRIMARY KEY (officer_id, role_id),
    CONSTRAINT fk_officer_role_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
    CONSTRAINT fk_officer_role_role FOREIGN KEY (role_id) REFERENCES app_role (id)
);
CREATE INDEX ix_officer_role_role ON officer_role (role_id);
