-- The social-welfare plugin's tables (prefix social_welfare_). Run by the core after its own migrations, from this
-- JAR, with the history table flyway_history_social-welfare. Rows refer to core rows (dossier, agency) by id with a
-- real foreign key; the JPA entities hold plain ids. SQL that H2 and SQL Server both run.

-- Rates the law changes, kept as histories: a row applies from its effective date until the next row's.
-- Mức chuẩn trợ giúp xã hội (the base level of social assistance), đồng per month.
CREATE SEQUENCE social_welfare_base_level_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE social_welfare_base_level (
    id             BIGINT        NOT NULL,
    amount         DECIMAL(18,0) NOT NULL,
    effective_from DATE          NOT NULL,
    legal_basis    NVARCHAR(255) NOT NULL,
    created_at     DATETIME2     NOT NULL,
    created_by     NVARCHAR(100) NOT NULL,
    CONSTRAINT pk_social_welfare_base_level PRIMARY KEY (id),
    CONSTRAINT uq_social_welfare_base_level UNIQUE (effective_from)
);

-- Categories of protected persons (đối tượng bảo trợ xã hội) with an optional age range [min_age, max_age).
CREATE SEQUENCE social_welfare_category_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE social_welfare_category (
    id          BIGINT        NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    name        NVARCHAR(255) NOT NULL,
    legal_basis NVARCHAR(255) NULL,
    min_age     INT           NULL,
    max_age     INT           NULL,
    position    INT           NOT NULL,
    active      BIT           NOT NULL,
    version     INT           NOT NULL,
    CONSTRAINT pk_social_welfare_category PRIMARY KEY (id),
    CONSTRAINT uq_social_welfare_category_code UNIQUE (code)
);

-- Each category's coefficient (hệ số), with its history.
CREATE SEQUENCE social_welfare_coefficient_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE social_welfare_coefficient (
    id             BIGINT        NOT NULL,
    category_id    BIGINT        NOT NULL,
    coefficient    DECIMAL(5,2)  NOT NULL,
    effective_from DATE          NOT NULL,
    legal_basis    NVARCHAR(255) NOT NULL,
    created_at     DATETIME2     NOT NULL,
    created_by     NVARCHAR(100) NOT NULL,
    CONSTRAINT pk_social_welfare_coefficient PRIMARY KEY (id),
    CONSTRAINT fk_social_welfare_coefficient_category FOREIGN KEY (category_id) REFERENCES social_welfare_category (id),
    CONSTRAINT uq_social_welfare_coefficient UNIQUE (category_id, effective_from)
);

-- The poverty line (chuẩn nghèo, income criterion), đồng per person per month, by area (RURAL | URBAN).
CREATE SEQUENCE social_welfare_poverty_line_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE social_welfare_poverty_line (
    id             BIGINT        NOT NULL,
    area           VARCHAR(10)   NOT NULL,
    amount         DECIMAL(18,0) NOT NULL,
    effective_from DATE          NOT NULL,
    legal_basis    NVARCHAR(255) NOT NULL,
    created_at     DATETIME2     NOT NULL,
    created_by     NVARCHAR(100) NOT NULL,
    CONSTRAINT pk_social_welfare_poverty_line PRIMARY KEY (id),
    CONSTRAINT uq_social_welfare_poverty_line UNIQUE (area, effective_from)
);

-- Details of a dossier of 2.000286 (monthly social allowance), as received at the counter.
CREATE SEQUENCE social_welfare_allowance_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE social_welfare_allowance (
    id             BIGINT        NOT NULL,
    dossier_id     BIGINT        NOT NULL,
    full_name      NVARCHAR(150) NOT NULL,
    birth_date     DATE          NOT NULL,
    id_number      VARCHAR(12)   NOT NULL,
    category_id    BIGINT        NOT NULL,
    own_income     DECIMAL(18,0) NOT NULL,
    CONSTRAINT pk_social_welfare_allowance PRIMARY KEY (id),
    CONSTRAINT uq_social_welfare_allowance_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_social_welfare_allowance_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_social_welfare_allowance_category FOREIGN KEY (category_id) REFERENCES social_welfare_category (id)
);
CREATE TABLE social_welfare_allowance_member (
    allowance_id   BIGINT        NOT NULL,
    position       INT           NOT NULL,
    full_name      NVARCHAR(150) NOT NULL,
    relation       NVARCHAR(50)  NOT NULL,
    birth_year     INT           NOT NULL,
    monthly_income DECIMAL(18,0) NOT NULL,
    CONSTRAINT pk_social_welfare_allowance_member PRIMARY KEY (allowance_id, position),
    CONSTRAINT fk_social_welfare_allowance_member FOREIGN KEY (allowance_id) REFERENCES social_welfare_allowance (id)
);

-- Details of a dossier of 1.000026 (poor / near-poor household arising during the year).
CREATE SEQUENCE social_welfare_household_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE social_welfare_household (
    id             BIGINT        NOT NULL,
    dossier_id     BIGINT        NOT NULL,
    head_name      NVARCHAR(150) NOT NULL,
    head_id_number VARCHAR(12)   NOT NULL,
    area           VARCHAR(10)   NOT NULL,
    deprivations   INT           NOT NULL,
    CONSTRAINT pk_social_welfare_household PRIMARY KEY (id),
    CONSTRAINT uq_social_welfare_household_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_social_welfare_household_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE TABLE social_welfare_household_member (
    household_id   BIGINT        NOT NULL,
    position       INT           NOT NULL,
    full_name      NVARCHAR(150) NOT NULL,
    relation       NVARCHAR(50)  NOT NULL,
    birth_year     INT           NOT NULL,
    monthly_income DECIMAL(18,0) NOT NULL,
    CONSTRAINT pk_social_welfare_household_member PRIMARY KEY (household_id, position),
    CONSTRAINT fk_social_welfare_household_member FOREIGN KEY (household_id) REFERENCES social_welfare_household (id)
);

-- Decision numbering: the last number an agency issued in a year, incremented under a row lock.
CREATE TABLE social_welfare_decision_counter (
    agency_id     BIGINT NOT NULL,
    decision_year INT    NOT NULL,
    last_number   INT    NOT NULL,
    CONSTRAINT pk_social_welfare_decision_counter PRIMARY KEY (agency_id, decision_year),
    CONSTRAINT fk_social_welfare_decision_counter_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);

-- Every decision issued (ALLOWANCE, POOR_HOUSEHOLD, NEAR_POOR_HOUSEHOLD); the unique key is a second guard on numbers.
CREATE SEQUENCE social_welfare_decision_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE social_welfare_decision (
    id            BIGINT        NOT NULL,
    dossier_id    BIGINT        NOT NULL,
    agency_id     BIGINT        NOT NULL,
    decision_year INT           NOT NULL,
    sequence_no   INT           NOT NULL,
    decision_number NVARCHAR(40) NOT NULL,
    decided_on    DATE          NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    subject_name  NVARCHAR(150) NOT NULL,
    signed_by     NVARCHAR(150) NULL,
    CONSTRAINT pk_social_welfare_decision PRIMARY KEY (id),
    CONSTRAINT uq_social_welfare_decision_dossier UNIQUE (dossier_id),
    CONSTRAINT uq_social_welfare_decision_number UNIQUE (agency_id, decision_year, sequence_no),
    CONSTRAINT fk_social_welfare_decision_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_social_welfare_decision_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_social_welfare_decision_agency ON social_welfare_decision (agency_id, decided_on);

-- The beneficiary registry: one row per allowance decision; the amount is the decision's (rates of its month).
CREATE SEQUENCE social_welfare_beneficiary_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE social_welfare_beneficiary (
    id          BIGINT        NOT NULL,
    dossier_id  BIGINT        NOT NULL,
    agency_id   BIGINT        NOT NULL,
    decision_id BIGINT        NOT NULL,
    full_name   NVARCHAR(150) NOT NULL,
    birth_date  DATE          NOT NULL,
    id_number   VARCHAR(12)   NOT NULL,
    category_id BIGINT        NOT NULL,
    base_level  DECIMAL(18,0) NOT NULL,
    coefficient DECIMAL(5,2)  NOT NULL,
    amount      DECIMAL(18,0) NOT NULL,
    start_month DATE          NOT NULL,
    end_month   DATE          NULL,
    status      VARCHAR(12)   NOT NULL,
    status_note NVARCHAR(500) NULL,
    version     INT           NOT NULL,
    CONSTRAINT pk_social_welfare_beneficiary PRIMARY KEY (id),
    CONSTRAINT uq_social_welfare_beneficiary_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_social_welfare_beneficiary_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_social_welfare_beneficiary_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_social_welfare_beneficiary_decision FOREIGN KEY (decision_id) REFERENCES social_welfare_decision (id),
    CONSTRAINT fk_social_welfare_beneficiary_category FOREIGN KEY (category_id) REFERENCES social_welfare_category (id)
);
CREATE INDEX ix_social_welfare_beneficiary_agency ON social_welfare_beneficiary (agency_id, status, start_month);
CREATE INDEX ix_social_welfare_beneficiary_id_number ON social_welfare_beneficiary (id_number);

-- The rates in force, as the law set them (admins add later changes on /p/social-welfare/rates.xhtml).
-- Base level: 360 000 đ from 1/7/2021 (Nghị định 20/2021/NĐ-CP, Điều 4), 500 000 đ from 1/7/2024 (Nghị định
-- 76/2024/NĐ-CP, in force on the day it was signed, 1/7/2024).
INSERT INTO social_welfare_base_level (id, amount, effective_from, legal_basis, created_at, created_by) VALUES
    (1, 360000, DATE '2021-07-01', N'Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ', CURRENT_TIMESTAMP, 'flyway'),
    (2, 500000, DATE '2024-07-01', N'Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ', CURRENT_TIMESTAMP, 'flyway');

-- Categories and coefficients of Nghị định 20/2021/NĐ-CP, Điều 5 and Điều 6 (persons living in the community).
INSERT INTO social_welfare_category (id, code, name, legal_basis, min_age, max_age, position, active, version) VALUES
    (1, 'TE_DUOI_4', N'Trẻ em dưới 4 tuổi không có nguồn nuôi dưỡng', N'Khoản 1 Điều 5', NULL, 4, 1, 1, 0),
    (2, 'TE_4_16', N'Trẻ em từ đủ 4 tuổi đến dưới 16 tuổi không có nguồn nuôi dưỡng', N'Khoản 1 Điều 5', 4, 16, 2, 1, 0),
    (3, 'HOC_16_22', N'Người từ đủ 16 tuổi đến 22 tuổi đang đi học, không có nguồn nuôi dưỡng', N'Khoản 2 Điều 5', 16, 23, 3, 1, 0),
    (4, 'HIV_TE_DUOI_4', N'Trẻ em nhiễm HIV/AIDS thuộc hộ nghèo, dưới 4 tuổi', N'Khoản 3 Điều 5', NULL, 4, 4, 1, 0),
    (5, 'HIV_TE_4_16', N'Trẻ em nhiễm HIV/AIDS thuộc hộ nghèo, từ đủ 4 tuổi đến dưới 16 tuổi', N'Khoản 3 Điều 5', 4, 16, 5, 1, 0),
    (6, 'DON_THAN', N'Người đơn thân thuộc hộ nghèo, hộ cận nghèo đang nuôi con (mỗi con)', N'Khoản 4 Điều 5', NULL, NULL, 6, 1, 0),
    (7, 'NCT_60_80_NGHEO', N'Người cao tuổi từ đủ 60 đến dưới 80 tuổi thuộc hộ nghèo, không có người phụng dưỡng', N'Điểm a khoản 5 Điều 5', 60, 80, 7, 1, 0),
    (8, 'NCT_80_NGHEO', N'Người cao tuổi từ đủ 80 tuổi trở lên thuộc hộ nghèo, không có người phụng dưỡng', N'Điểm a khoản 5 Điều 5', 80, NULL, 8, 1, 0),
    (9, 'NCT_75_80_DBKK', N'Người từ đủ 75 đến 80 tuổi thuộc hộ nghèo, hộ cận nghèo ở xã, thôn đặc biệt khó khăn', N'Điểm c khoản 5 Điều 5', 75, 81, 9, 1, 0),
    (10, 'NCT_80', N'Người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hàng tháng', N'Điểm d khoản 5 Điều 5', 80, NULL, 10, 1, 0),
    (11, 'NKT_DBN', N'Người khuyết tật đặc biệt nặng', N'Khoản 6 Điều 5', NULL, NULL, 11, 1, 0),
    (12, 'NKT_DBN_TE_NCT', N'Người khuyết tật đặc biệt nặng là trẻ em hoặc người cao tuổi', N'Khoản 6 Điều 5', NULL, NULL, 12, 1, 0),
    (13, 'NKT_NANG', N'Người khuyết tật nặng', N'Khoản 6 Điều 5', NULL, NULL, 13, 1, 0),
    (14, 'NKT_NANG_TE_NCT', N'Người khuyết tật nặng là trẻ em hoặc người cao tuổi', N'Khoản 6 Điều 5', NULL, NULL, 14, 1, 0);

INSERT INTO social_welfare_coefficient (id, category_id, coefficient, effective_from, legal_basis, created_at, created_by) VALUES
    (1, 1, 2.5, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (2, 2, 1.5, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (3, 3, 1.5, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (4, 4, 2.5, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (5, 5, 2.0, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (6, 6, 1.0, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (7, 7, 1.5, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (8, 8, 2.0, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (9, 9, 1.0, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (10, 10, 1.0, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (11, 11, 2.0, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (12, 12, 2.5, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (13, 13, 1.5, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway'),
    (14, 14, 2.0, DATE '2021-07-01', N'Khoản 1 Điều 6 Nghị định số 20/2021/NĐ-CP', CURRENT_TIMESTAMP, 'flyway');

-- Poverty line, income criterion: 1 500 000 đ rural / 2 000 000 đ urban (Nghị định 07/2021/NĐ-CP, Điều 3, from
-- 2022, extended through 2026); 2 200 000 đ / 2 800 000 đ for 2027-2030 (the 2026-2030 decree on the national
-- multidimensional poverty line).
INSERT INTO social_welfare_poverty_line (id, area, amount, effective_from, legal_basis, created_at, created_by) VALUES
    (1, 'RURAL', 1500000, DATE '2022-01-01', N'Điều 3 Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ', CURRENT_TIMESTAMP, 'flyway'),
    (2, 'URBAN', 2000000, DATE '2022-01-01', N'Điều 3 Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ', CURRENT_TIMESTAMP, 'flyway'),
    (3, 'RURAL', 2200000, DATE '2027-01-01', N'Nghị định quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026-2030', CURRENT_TIMESTAMP, 'flyway'),
    (4, 'URBAN', 2800000, DATE '2027-01-01', N'Nghị định quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026-2030', CURRENT_TIMESTAMP, 'flyway');
