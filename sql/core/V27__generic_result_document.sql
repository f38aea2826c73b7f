-- A result document for every procedure that no department plugin serves, edited by the catalog admin per version:
-- its text (paragraphs with ${...} fields, see core-catalog's ResultTemplate), the signatory's title and the symbol
-- after the number (e.g. 12/GP-STTTT). The number comes from the core's result number series "core.result" per
-- deciding agency and year (table result_number).
ALTER TABLE procedure_version ADD result_body NVARCHAR(4000) NULL;
ALTER TABLE procedure_version ADD result_signer NVARCHAR(200) NULL;
ALTER TABLE procedure_version ADD result_symbol NVARCHAR(40) NULL;
