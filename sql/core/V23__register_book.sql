-- The register book (sổ theo dõi hồ sơ, form 06): one book per receiving agency and year; each dossier gets its
-- line number in the book when it is received, printed on form 01 ("Vào Sổ theo dõi hồ sơ, Quyển số…, Số thứ tự…").
ALTER TABLE dossier ADD register_year INT NULL;
ALTER TABLE dossier ADD register_number INT NULL;
CREATE INDEX ix_dossier_register ON dossier (receiving_agency_id, received_at);

CREATE TABLE register_counter (
    agency_id      BIGINT NOT NULL,
    register_year  INT    NOT NULL,
    last_number    INT    NOT NULL,
    CONSTRAINT pk_register_counter PRIMARY KEY (agency_id, register_year),
    CONSTRAINT fk_register_counter_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
