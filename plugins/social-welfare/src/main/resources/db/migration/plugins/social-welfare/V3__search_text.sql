-- Accent-insensitive registry search (issue 14): a beneficiary's full name and ID number folded (Vietnamese
-- diacritics removed, lower case: "Nguyễn Văn" -> "nguyen van"), written by the application with the row
-- (Beneficiary.foldSearchText). The registry's filter is then a plain LIKE on this indexed column. Rows written before
-- this migration are folded by the core when the portal starts (SocialWelfarePlugin.searchColumns()): folding needs
-- Java's Unicode tables, not a dialect's functions.
ALTER TABLE social_welfare_beneficiary ADD search_text NVARCHAR(300) NULL;
CREATE INDEX ix_social_welfare_beneficiary_search_text ON social_welfare_beneficiary (search_text);
