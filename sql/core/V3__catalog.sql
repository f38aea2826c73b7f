-- Catalog: sectors, reference lists, procedures and their versions (documents, fees, process steps, form fields),
-- stored files (form templates), the working calendar. Everything an admin edits about a procedure lives on
-- procedure_version; admin_procedure keeps the identity (national code) and a copy of the latest published version's
-- headline fields so the catalog list filters and sorts in one indexed table. ("procedure" is reserved in SQL Server.)

CREATE SEQUENCE sector_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sector (
    id      BIGINT        NOT NULL,
    code    VARCHAR(40)   NOT NULL,
    name    NVARCHAR(255) NOT NULL,
    active  BIT           NOT NULL,
    version INT           NOT NULL,
    CONSTRAINT pk_sector PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_sector_code ON sector (code);
CREATE INDEX ix_sector_name ON sector (name);

-- Small national lists: document types, ID types, result delivery methods, payment methods.
CREATE SEQUENCE reference_item_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE reference_item (
    id         BIGINT        NOT NULL,
    kind       VARCHAR(30)   NOT NULL,
    code       VARCHAR(40)   NOT NULL,
    name       NVARCHAR(255) NOT NULL,
    sort_order INT           NOT NULL,
    active     BIT           NOT NULL,
    version    INT           NOT NULL,
    CONSTRAINT pk_reference_item PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_reference_item_kind_code ON reference_item (kind, code);

-- Files kept in the database (small: form templates), so every server of a cluster serves the same bytes.
CREATE SEQUENCE stored_file_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE stored_file (
    id           BIGINT          NOT NULL,
    file_name    NVARCHAR(255)   NOT NULL,
    content_type VARCHAR(100)    NOT NULL,
    size_bytes   BIGINT          NOT NULL,
    sha256       CHAR(64)        NOT NULL,
    content      VARBINARY(MAX)  NOT NULL,
    created_at   DATETIME2       NOT NULL,
    created_by   NVARCHAR(100)   NULL,
    CONSTRAINT pk_stored_file PRIMARY KEY (id)
);

CREATE SEQUENCE admin_procedure_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE admin_procedure (
    id                 BIGINT        NOT NULL,
    national_code      VARCHAR(40)   NOT NULL,
    name               NVARCHAR(500) NOT NULL,
    sector_id          BIGINT        NOT NULL,
    deciding_agency_id BIGINT        NOT NULL,
    online_level       VARCHAR(20)   NOT NULL,
    statutory_days     DECIMAL(6,1)  NOT NULL,
    published          BIT           NOT NULL,
    active             BIT           NOT NULL,
    version            INT           NOT NULL,
    CONSTRAINT pk_admin_procedure PRIMARY KEY (id),
    CONSTRAINT fk_admin_procedure_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
    CONSTRAINT fk_admin_procedure_agency FOREIGN KEY (deciding_agency_id) REFERENCES agency (id)
);
CREATE UNIQUE INDEX ux_admin_procedure_code ON admin_procedure (national_code);
CREATE INDEX ix_admin_procedure_name ON admin_procedure (name);
CREATE INDEX ix_admin_procedure_sector ON admin_procedure (sector_id);
CREATE INDEX ix_admin_procedure_agency ON admin_procedure (deciding_agency_id);

CREATE SEQUENCE procedure_version_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE procedure_version (
    id                 BIGINT          NOT NULL,
    procedure_id       BIGINT          NOT NULL,
    number             INT             NOT NULL,
    status             VARCHAR(20)     NOT NULL,
    effective_from     DATE            NULL,
    published_at       DATETIME2       NULL,
    published_by       NVARCHAR(100)   NULL,
    change_note        NVARCHAR(1000)  NULL,
    name               NVARCHAR(500)   NOT NULL,
    sector_id          BIGINT          NOT NULL,
    deciding_agency_id BIGINT          NOT NULL,
    legal_basis        NVARCHAR(4000)  NULL,
    result_name        NVARCHAR(500)   NULL,
    online_level       VARCHAR(20)     NOT NULL,
    statutory_days     DECIMAL(6,1)    NOT NULL,
    supplement_clock   VARCHAR(20)     NOT NULL,
    version            INT             NOT NULL,
    CONSTRAINT pk_procedure_version PRIMARY KEY (id),
    CONSTRAINT fk_procedure_version_procedure FOREIGN KEY (procedure_id) REFERENCES admin_procedure (id),
    CONSTRAINT fk_procedure_version_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
    CONSTRAINT fk_procedure_version_agency FOREIGN KEY (deciding_agency_id) REFERENCES agency (id)
);
CREATE UNIQUE INDEX ux_procedure_version_number ON procedure_version (procedure_id, number);
CREATE INDEX ix_procedure_version_in_force ON procedure_version (procedure_id, status, effective_from);

-- The parts of a version share one sequence; position keeps the order an admin chose.
CREATE SEQUENCE procedure_part_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE required_document (
    id                   BIGINT         NOT NULL,
    procedure_version_id BIGINT         NOT NULL,
    position             INT            NOT NULL,
    name                 NVARCHAR(1000) NOT NULL,
    copy_kind            VARCHAR(20)    NOT NULL,
    copies               INT            NOT NULL,
    mandatory            BIT            NOT NULL,
    document_type_id     BIGINT         NULL,
    template_file_id     BIGINT         NULL,
    CONSTRAINT pk_required_document PRIMARY KEY (id),
    CONSTRAINT fk_required_document_version FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id),
    CONSTRAINT fk_required_document_type FOREIGN KEY (document_type_id) REFERENCES reference_item (id),
    CONSTRAINT fk_required_document_template FOREIGN KEY (template_file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_required_document_version ON required_document (procedure_version_id);

CREATE TABLE procedure_fee (
    id                   BIGINT         NOT NULL,
    procedure_version_id BIGINT         NOT NULL,
    position             INT            NOT NULL,
    name                 NVARCHAR(500)  NOT NULL,
    kind                 VARCHAR(20)    NOT NULL,
    amount               DECIMAL(15,0)  NOT NULL,
    due                  VARCHAR(20)    NOT NULL,
    note                 NVARCHAR(500)  NULL,
    CONSTRAINT pk_procedure_fee PRIMARY KEY (id),
    CONSTRAINT fk_procedure_fee_version FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id)
);
CREATE INDEX ix_procedure_fee_version ON procedure_fee (procedure_version_id);

CREATE TABLE process_step (
    id                   BIGINT         NOT NULL,
    procedure_version_id BIGINT         NOT NULL,
    position             INT            NOT NULL,
    name                 NVARCHAR(255)  NOT NULL,
    role_id              BIGINT         NOT NULL,
    acting               VARCHAR(30)    NOT NULL,
    agency_id            BIGINT         NULL,
    budget_days          DECIMAL(6,1)   NOT NULL,
    actions              VARCHAR(200)   NOT NULL,
    CONSTRAINT pk_process_step PRIMARY KEY (id),
    CONSTRAINT fk_process_step_version FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id),
    CONSTRAINT fk_process_step_role FOREIGN KEY (role_id) REFERENCES app_role (id),
    CONSTRAINT fk_process_step_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_process_step_version ON process_step (procedure_version_id);

CREATE TABLE form_field (
    id                   BIGINT         NOT NULL,
    procedure_version_id BIGINT         NOT NULL,
    position             INT            NOT NULL,
    field_key            VARCHAR(60)    NOT NULL,
    label                NVARCHAR(255)  NOT NULL,
    field_type           VARCHAR(20)    NOT NULL,
    required             BIT            NOT NULL,
    pattern              VARCHAR(255)   NULL,
    choices              NVARCHAR(2000) NULL,
    hint                 NVARCHAR(500)  NULL,
    CONSTRAINT pk_form_field PRIMARY KEY (id),
    CONSTRAINT fk_form_field_version FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id)
);
CREATE INDEX ix_form_field_version ON form_field (procedure_version_id);

-- The working calendar: Monday to Friday work; calendar_day holds the exceptions (holidays, compensatory days off,
-- swapped working weekend days). A year is PROPOSED (generated from the lunar calendar) until an admin confirms it.
CREATE TABLE calendar_year (
    calendar_year INT           NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    confirmed_at  DATETIME2     NULL,
    confirmed_by  NVARCHAR(100) NULL,
    version       INT           NOT NULL,
    CONSTRAINT pk_calendar_year PRIMARY KEY (calendar_year)
);
CREATE TABLE calendar_day (
    calendar_date DATE          NOT NULL,
    calendar_year INT           NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    name          NVARCHAR(200) NOT NULL,
    CONSTRAINT pk_calendar_day PRIMARY KEY (calendar_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (calendar_year) REFERENCES calendar_year (calendar_year)
);
CREATE INDEX ix_calendar_day_year ON calendar_day (calendar_year);

-- National lists every province uses.
INSERT INTO reference_item (id, kind, code, name, sort_order, active, version) VALUES
    (1, 'ID_TYPE', 'CCCD', N'Căn cước công dân / Thẻ căn cước', 1, 1, 0),
    (2, 'ID_TYPE', 'CMND', N'Chứng minh nhân dân', 2, 1, 0),
    (3, 'ID_TYPE', 'HO_CHIEU', N'Hộ chiếu', 3, 1, 0),
    (4, 'ID_TYPE', 'MST', N'Mã số thuế (tổ chức)', 4, 1, 0),
    (11, 'DOCUMENT_TYPE', 'DON', N'Đơn, tờ khai', 1, 1, 0),
    (12, 'DOCUMENT_TYPE', 'GIAY_TO_TUY_THAN', N'Giấy tờ tùy thân', 2, 1, 0),
    (13, 'DOCUMENT_TYPE', 'GIAY_PHEP', N'Giấy phép, chứng chỉ', 3, 1, 0),
    (14, 'DOCUMENT_TYPE', 'QUYET_DINH', N'Quyết định', 4, 1, 0),
    (15, 'DOCUMENT_TYPE', 'GIAY_XAC_NHAN', N'Giấy xác nhận, chứng nhận', 5, 1, 0),
    (16, 'DOCUMENT_TYPE', 'KHAC', N'Giấy tờ khác', 9, 1, 0),
    (21, 'DELIVERY_METHOD', 'TAI_QUAY', N'Nhận trực tiếp tại bộ phận một cửa', 1, 1, 0),
    (22, 'DELIVERY_METHOD', 'BUU_CHINH', N'Qua dịch vụ bưu chính công ích', 2, 1, 0),
    (23, 'DELIVERY_METHOD', 'TRUC_TUYEN', N'Nhận bản điện tử trực tuyến', 3, 1, 0),
    (31, 'PAYMENT_METHOD', 'TIEN_MAT', N'Tiền mặt tại quầy', 1, 1, 0),
    (32, 'PAYMENT_METHOD', 'CHUYEN_KHOAN', N'Chuyển khoản', 2, 1, 0),
    (33, 'PAYMENT_METHOD', 'TRUC_TUYEN', N'Thanh toán trực tuyến (Cổng DVC quốc gia)', 3, 1, 0);

-- A role for the catalog keepers of a department or the province.
INSERT INTO app_role (id, code, name, description, version) VALUES
    (7, 'CATALOG_ADMIN', N'Quản trị danh mục thủ tục', N'Quản lý lĩnh vực, thủ tục hành chính, quy trình, biểu mẫu và lịch làm việc.', 0);
INSERT INTO role_permission (role_id, permission) VALUES
    (7, 'catalog:*'),
    (3, 'catalog:view'), (4, 'catalog:view'), (5, 'catalog:view'), (6, 'catalog:view');
