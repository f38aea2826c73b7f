-- The sample plugin's table: prefixed with its id, refers to a core row by id with a real foreign key. Runs after
-- the core's migrations (the agency table must exist), from this JAR, with history table flyway_history_sample.
CREATE SEQUENCE sample_note_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sample_note (
    id        BIGINT        NOT NULL,
    agency_id BIGINT        NOT NULL,
    text      NVARCHAR(200) NOT NULL,
    CONSTRAINT pk_sample_note PRIMARY KEY (id),
    CONSTRAINT fk_sample_note_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
