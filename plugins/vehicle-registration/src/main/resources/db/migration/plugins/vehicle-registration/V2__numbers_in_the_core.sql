-- The numbering moved to the core (vn.motcua.spi.numbering.ResultNumbers, table result_number, created by the core's
-- V11, which runs before any plugin migration): the last numbers handed out go there as series
-- 'vehicle-registration.LICENCE' and 'vehicle-registration.BADGE', so numbering goes on where it stood.
INSERT INTO result_number (series, agency_id, number_year, last_number)
SELECT 'vehicle-registration.LICENCE', agency_id, counter_year, last_number
FROM vehicle_registration_counter WHERE series = 'LICENCE';
INSERT INTO result_number (series, agency_id, number_year, last_number)
SELECT 'vehicle-registration.BADGE', agency_id, counter_year, last_number
FROM vehicle_registration_counter WHERE series = 'BADGE';
DROP TABLE vehicle_registration_counter;
