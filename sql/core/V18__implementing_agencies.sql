-- One procedure across a province: agency kinds, the agencies that perform a procedure version (by rule or by list)
-- and how each maps the process steps to its own divisions, the agencies a counter receives for, and on the dossier
-- the deciding (performing) agency with the route it was received with.

-- Agency kinds: an admin-edited reference list (commune People's Committee, department, division, ...).
CREATE SEQUENCE agency_kind_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE agency_kind (
    id         BIGINT        NOT NULL,
    code       VARCHAR(40)   NOT NULL,
    name       NVARCHAR(200) NOT NULL,
    sort_order INT           NOT NULL,
    active     BIT           NOT NULL,
    version    INT           NOT NULL,
    CONSTRAINT pk_agency_kind PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_agency_kind_code ON agency_kind (code);
INSERT INTO agency_kind (id, code, name, sort_order, active, version) VALUES
    (1, 'UBND_TINH', N'Ủy ban nhân dân tỉnh', 1, 1, 0),
    (2, 'SO_NGANH', N'Sở, ban, ngành cấp tỉnh', 2, 1, 0),
    (3, 'TTPVHCC', N'Trung tâm Phục vụ hành chính công', 3, 1, 0),
    (4, 'UBND_XA', N'Ủy ban nhân dân xã, phường, đặc khu', 4, 1, 0),
    (5, 'PHONG', N'Phòng, đơn vị chuyên môn', 5, 1, 0);

ALTER TABLE agency ADD kind_id BIGINT NULL;
ALTER TABLE agency ADD CONSTRAINT fk_agency_kind FOREIGN KEY (kind_id) REFERENCES agency_kind (id);
CREATE INDEX ix_agency_kind ON agency (kind_id);
-- After a merge the old agency stays (history, reports) as "succeeded by".
ALTER TABLE agency ADD successor_id BIGINT NULL;
ALTER TABLE agency ADD succeeded_at DATETIME2 NULL;
ALTER TABLE agency ADD CONSTRAINT fk_agency_successor FOREIGN KEY (successor_id) REFERENCES agency (id);

-- Who performs a version: DECIDING (its deciding agency alone, as before), KIND (every active agency of a kind under
-- an agency), LIST (procedure_performer). NULL is read as DECIDING.
ALTER TABLE procedure_version ADD performers VARCHAR(20) NULL;
ALTER TABLE procedure_version ADD performer_kind_id BIGINT NULL;
ALTER TABLE procedure_version ADD performer_root_id BIGINT NULL;
ALTER TABLE procedure_version ADD CONSTRAINT fk_procedure_version_pkind FOREIGN KEY (performer_kind_id) REFERENCES agency_kind (id);
ALTER TABLE procedure_version ADD CONSTRAINT fk_procedure_version_proot FOREIGN KEY (performer_root_id) REFERENCES agency (id);

CREATE TABLE procedure_performer (
    procedure_version_id BIGINT NOT NULL,
    agency_id            BIGINT NOT NULL,
    CONSTRAINT pk_procedure_performer PRIMARY KEY (procedure_version_id, agency_id),
    CONSTRAINT fk_procedure_performer_version FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id),
    CONSTRAINT fk_procedure_performer_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_procedure_performer_agency ON procedure_performer (agency_id);

-- An implementing agency's own division for a step of the version (steps done by the deciding agency). Edited
-- without a new version; a dossier keeps the route it was received with (dossier_route).
CREATE TABLE performer_step (
    procedure_version_id BIGINT        NOT NULL,
    agency_id            BIGINT        NOT NULL,
    step_position        INT           NOT NULL,
    acting_agency_id     BIGINT        NOT NULL,
    changed_at           DATETIME2     NOT NULL,
    changed_by           NVARCHAR(100) NOT NULL,
    CONSTRAINT pk_performer_step PRIMARY KEY (procedure_version_id, agency_id, step_position),
    CONSTRAINT fk_performer_step_version FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id),
    CONSTRAINT fk_performer_step_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_performer_step_acting FOREIGN KEY (acting_agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_performer_step_agency ON performer_step (agency_id);
CREATE INDEX ix_performer_step_acting ON performer_step (acting_agency_id);

-- Receiving on behalf: a counter receives for its own agency (and what is under it) and for these.
CREATE TABLE counter_receives_for (
    counter_id BIGINT NOT NULL,
    agency_id  BIGINT NOT NULL,
    CONSTRAINT pk_counter_receives_for PRIMARY KEY (counter_id, agency_id),
    CONSTRAINT fk_counter_receives_for_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id),
    CONSTRAINT fk_counter_receives_for_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_counter_receives_for_agency ON counter_receives_for (agency_id);

-- The dossier's deciding agency (the implementing agency it was received for) and its route: the agency of each step
-- as the mapping stood at receipt.
ALTER TABLE dossier ADD deciding_agency_id BIGINT NULL;
ALTER TABLE dossier ADD CONSTRAINT fk_dossier_deciding FOREIGN KEY (deciding_agency_id) REFERENCES agency (id);
UPDATE dossier SET deciding_agency_id = (SELECT v.deciding_agency_id FROM procedure_version v WHERE v.id = dossier.procedure_version_id);
CREATE INDEX ix_dossier_deciding ON dossier (deciding_agency_id);
CREATE INDEX ix_dossier_receiving ON dossier (receiving_agency_id);

CREATE TABLE dossier_route (
    dossier_id    BIGINT NOT NULL,
    step_position INT    NOT NULL,
    agency_id     BIGINT NOT NULL,
    CONSTRAINT pk_dossier_route PRIMARY KEY (dossier_id, step_position),
    CONSTRAINT fk_dossier_route_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_dossier_route_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_dossier_route_agency ON dossier_route (agency_id);

-- Reorganisations (merge, move): who, when, what moved; kept for the audit trail.
CREATE SEQUENCE reorganisation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE reorganisation (
    id              BIGINT         NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    target_id       BIGINT         NOT NULL,
    sources         VARCHAR(1000)  NOT NULL,
    performed_at    DATETIME2      NOT NULL,
    performed_by    NVARCHAR(100)  NOT NULL,
    dossiers        INT            NOT NULL,
    officers        INT            NOT NULL,
    counters        INT            NOT NULL,
    mappings        INT            NOT NULL,
    plugin_switches INT            NOT NULL,
    note            NVARCHAR(1000) NULL,
    CONSTRAINT pk_reorganisation PRIMARY KEY (id),
    CONSTRAINT fk_reorganisation_target FOREIGN KEY (target_id) REFERENCES agency (id)
);
CREATE INDEX ix_reorganisation_performed ON reorganisation (performed_at);

