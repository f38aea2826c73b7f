-- Accent-insensitive registry search (issue 14): the holder's name and ID number folded (Vietnamese diacritics
-- removed, lower case: "Nguyễn Văn" -> "nguyen van"), written by the application with the row (foldSearchText of
-- IssuedLicence and IssuedBadge). The registers' holder filter is then a plain LIKE on these indexed columns. Rows
-- written before this migration are folded by the core when the portal starts
-- (VehicleRegistrationPlugin.searchColumns()): folding needs Java's Unicode tables, not a dialect's functions.
ALTER TABLE vehicle_registration_licence ADD search_text NVARCHAR(300) NULL;
CREATE INDEX ix_vehicle_registration_licence_search ON vehicle_registration_licence (search_text);
ALTER TABLE vehicle_registration_badge ADD search_text NVARCHAR(300) NULL;
CREATE INDEX ix_vehicle_registration_badge_search ON vehicle_registration_badge (search_text);
