-- Result numbers of plugin documents (licences, decisions, badges...): the last number handed out per series, issuing
-- agency and calendar year, incremented only under a row lock (vn.motcua.spi.numbering.ResultNumbers). A series is
-- '<plugin id>.<name>', e.g. 'licensing.GP'. NVARCHAR like the strings the driver binds, so SQL Server seeks the key.
-- Plugins that had a counter table of their own copy its values here in a migration of theirs (run after the core's).
CREATE TABLE result_number (
    series      NVARCHAR(60) NOT NULL,
    agency_id   BIGINT       NOT NULL,
    number_year INT          NOT NULL,
    last_number BIGINT       NOT NULL,
    CONSTRAINT pk_result_number PRIMARY KEY (series, agency_id, number_year),
    CONSTRAINT fk_result_number_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
