-- Accent-insensitive registry search (issue 14): the holder (name and ID number) and the publication's name folded
-- (Vietnamese diacritics removed, lower case: "Nguyễn Văn" -> "nguyen van"), written by the application with the row
-- (Licence.foldSearchText). The registry's filters are then a plain LIKE on these indexed columns. Rows issued before
-- this migration are folded by the core when the portal starts (LicensingPlugin.searchColumns()): folding needs
-- Java's Unicode tables, not a dialect's functions.
ALTER TABLE licensing_licence ADD search_text NVARCHAR(300) NULL;
ALTER TABLE licensing_licence ADD publication_search_text NVARCHAR(255) NULL;
CREATE INDEX ix_licensing_licence_search_text ON licensing_licence (search_text);
CREATE INDEX ix_licensing_licence_publication_search ON licensing_licence (publication_search_text);
