-- Dossiers: applicants, the dossier with its pinned procedure version and clock, the agencies that have held it
-- (scope: an agency sees a dossier while it is theirs or has been), the hand-over record of every transition (form 05),
-- documents received and uploaded files, fees, pauses (waiting for the applicant), extensions (form 04), and the
-- per-agency, per-day counter behind dossier codes (a locked row, so several servers never hand out one number twice).
-- Online submissions get their code when submitted; the clock columns stay empty until the counter receives them.

CREATE SEQUENCE applicant_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE applicant (
    id          BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    id_number   VARCHAR(20)   NOT NULL,
    name        NVARCHAR(255) NOT NULL,
    birth_date  DATE          NULL,
    address     NVARCHAR(500) NULL,
    phone       VARCHAR(30)   NULL,
    email       VARCHAR(120)  NULL,
    version     INT           NOT NULL,
    CONSTRAINT pk_applicant PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_applicant_identity ON applicant (kind, id_number);
CREATE INDEX ix_applicant_name ON applicant (name);

CREATE SEQUENCE dossier_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE dossier (
    id                   BIGINT         NOT NULL,
    code                 VARCHAR(60)    NOT NULL,
    lookup_secret        VARCHAR(12)    NOT NULL,
    submission_token     VARCHAR(40)    NOT NULL,
    procedure_id         BIGINT         NOT NULL,
    procedure_version_id BIGINT         NOT NULL,
    applicant_id         BIGINT         NOT NULL,
    channel              VARCHAR(20)    NOT NULL,
    receiving_agency_id  BIGINT         NOT NULL,
    counter_id           BIGINT         NULL,
    current_agency_id    BIGINT         NOT NULL,
    assignee_id          BIGINT         NULL,
    state                VARCHAR(30)    NOT NULL,
    step_position        INT            NOT NULL,
    step_started_at      DATETIME2      NULL,
    step_due_at          DATETIME2      NULL,
    received_at          DATETIME2      NULL    ,
    clock_start          DATETIME2      NULL    ,
    original_due_at      DATETIME2      NULL    ,
    due_at               DATETIME2      NULL    ,
    paused_at            DATETIME2      NULL,
    supplement_requests  INT            NOT NULL,
    result_ready_at      DATETIME2      NULL,
    returned_at          DATETIME2      NULL,
    closed_at            DATETIME2      NULL,
    delivery_method_id   BIGINT         NULL,
    form_data            NVARCHAR(MAX)  NULL,
    note                 NVARCHAR(1000) NULL,
    version              INT            NOT NULL,
    CONSTRAINT pk_dossier PRIMARY KEY (id),
    CONSTRAINT fk_dossier_procedure FOREIGN KEY (procedure_id) REFERENCES admin_procedure (id),
    CONSTRAINT fk_dossier_version FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id),
    CONSTRAINT fk_dossier_applicant FOREIGN KEY (applicant_id) REFERENCES applicant (id),
    CONSTRAINT fk_dossier_receiving FOREIGN KEY (receiving_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_dossier_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id),
    CONSTRAINT fk_dossier_current FOREIGN KEY (current_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_dossier_assignee FOREIGN KEY (assignee_id) REFERENCES officer (id),
    CONSTRAINT fk_dossier_delivery FOREIGN KEY (delivery_method_id) REFERENCES reference_item (id)
);
CREATE UNIQUE INDEX ux_dossier_code ON dossier (code);
CREATE UNIQUE INDEX ux_dossier_submission ON dossier (submission_token);
CREATE INDEX ix_dossier_agency_state_due ON dossier (current_agency_id, state, due_at);
CREATE INDEX ix_dossier_assignee_state ON dossier (assignee_id, state);
CREATE INDEX ix_dossier_applicant ON dossier (applicant_id);
CREATE INDEX ix_dossier_procedure ON dossier (procedure_id);
CREATE INDEX ix_dossier_received ON dossier (received_at);
CREATE INDEX ix_dossier_state_due ON dossier (state, due_at);

-- Every agency that has held the dossier (the receiving one, the processing ones, those it was transferred to).
CREATE TABLE dossier_agency (
    dossier_id BIGINT NOT NULL,
    agency_id  BIGINT NOT NULL,
    CONSTRAINT pk_dossier_agency PRIMARY KEY (dossier_id, agency_id),
    CONSTRAINT fk_dossier_agency_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_dossier_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_dossier_agency_agency ON dossier_agency (agency_id);

CREATE SEQUENCE dossier_part_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE hand_over (
    id              BIGINT         NOT NULL,
    dossier_id      BIGINT         NOT NULL,
    position        INT            NOT NULL,
    action          VARCHAR(30)    NOT NULL,
    from_state      VARCHAR(30)    NULL,
    to_state        VARCHAR(30)    NOT NULL,
    step_name       NVARCHAR(255)  NULL,
    from_officer_id BIGINT         NULL,
    to_officer_id   BIGINT         NULL,
    from_agency_id  BIGINT         NULL,
    to_agency_id    BIGINT         NULL,
    handed_at       DATETIME2      NOT NULL,
    step_due_at     DATETIME2      NULL,
    verdict         VARCHAR(20)    NULL,
    comment         NVARCHAR(2000) NULL,
    CONSTRAINT pk_hand_over PRIMARY KEY (id),
    CONSTRAINT fk_hand_over_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_hand_over_from FOREIGN KEY (from_officer_id) REFERENCES officer (id),
    CONSTRAINT fk_hand_over_to FOREIGN KEY (to_officer_id) REFERENCES officer (id),
    CONSTRAINT fk_hand_over_from_agency FOREIGN KEY (from_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_hand_over_to_agency FOREIGN KEY (to_agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_hand_over_dossier ON hand_over (dossier_id, position);

CREATE TABLE dossier_document (
    id                   BIGINT         NOT NULL,
    dossier_id           BIGINT         NOT NULL,
    position             INT            NOT NULL,
    required_document_id BIGINT         NULL,
    name                 NVARCHAR(1000) NOT NULL,
    copy_kind            VARCHAR(20)    NOT NULL,
    copies               INT            NOT NULL,
    received             BIT            NOT NULL,
    CONSTRAINT pk_dossier_document PRIMARY KEY (id),
    CONSTRAINT fk_dossier_document_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_dossier_document_required FOREIGN KEY (required_document_id) REFERENCES required_document (id)
);
CREATE INDEX ix_dossier_document_dossier ON dossier_document (dossier_id);

CREATE TABLE dossier_file (
    id           BIGINT        NOT NULL,
    dossier_id   BIGINT        NOT NULL,
    document_id  BIGINT        NULL,
    file_name    NVARCHAR(255) NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    storage_key  VARCHAR(200)  NOT NULL,
    uploaded_at  DATETIME2     NOT NULL,
    uploaded_by  NVARCHAR(100) NULL,
    CONSTRAINT pk_dossier_file PRIMARY KEY (id),
    CONSTRAINT fk_dossier_file_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_dossier_file_document FOREIGN KEY (document_id) REFERENCES dossier_document (id)
);
CREATE INDEX ix_dossier_file_dossier ON dossier_file (dossier_id);

CREATE TABLE dossier_fee (
    id                BIGINT        NOT NULL,
    dossier_id        BIGINT        NOT NULL,
    position          INT           NOT NULL,
    name              NVARCHAR(500) NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    amount            DECIMAL(15,0) NOT NULL,
    due               VARCHAR(20)   NOT NULL,
    paid_at           DATETIME2     NULL,
    payment_method_id BIGINT        NULL,
    receipt_number    VARCHAR(40)   NULL,
    CONSTRAINT pk_dossier_fee PRIMARY KEY (id),
    CONSTRAINT fk_dossier_fee_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_dossier_fee_method FOREIGN KEY (payment_method_id) REFERENCES reference_item (id)
);
CREATE INDEX ix_dossier_fee_dossier ON dossier_fee (dossier_id);

-- Time the clock stood still while waiting for the applicant (supplement) or for a fee.
CREATE TABLE dossier_pause (
    id          BIGINT         NOT NULL,
    dossier_id  BIGINT         NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    paused_at   DATETIME2      NOT NULL,
    resumed_at  DATETIME2      NULL,
    reason      NVARCHAR(2000) NOT NULL,
    missing     NVARCHAR(4000) NULL,
    CONSTRAINT pk_dossier_pause PRIMARY KEY (id),
    CONSTRAINT fk_dossier_pause_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_dossier_pause_dossier ON dossier_pause (dossier_id);

-- Apologies and new appointments (form 04): both dates stay on record.
CREATE TABLE dossier_extension (
    id          BIGINT         NOT NULL,
    dossier_id  BIGINT         NOT NULL,
    previous_due DATETIME2     NOT NULL,
    new_due     DATETIME2      NOT NULL,
    reason      NVARCHAR(2000) NOT NULL,
    recorded_at DATETIME2      NOT NULL,
    officer_id  BIGINT         NOT NULL,
    CONSTRAINT pk_dossier_extension PRIMARY KEY (id),
    CONSTRAINT fk_dossier_extension_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_dossier_extension_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);
CREATE INDEX ix_dossier_extension_dossier ON dossier_extension (dossier_id);

-- Dossier codes <agency identifier>-<yyMMdd>-<nnnn>: one row per agency and day, incremented under a row lock.
CREATE TABLE dossier_code_counter (
    agency_id BIGINT NOT NULL,
    code_day  DATE   NOT NULL,
    last_seq  INT    NOT NULL,
    CONSTRAINT pk_dossier_code_counter PRIMARY KEY (agency_id, code_day),
    CONSTRAINT fk_dossier_code_counter_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
