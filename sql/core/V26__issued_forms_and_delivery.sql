-- Forms issued at the moment of an action are kept with the dossier like its scans: form 02 when a supplement is
-- requested, 03 when the counter refuses, 04 when the due date is extended (form_kind = the FormKind; NULL for a scan
-- or a result document).
ALTER TABLE dossier_file ADD form_kind VARCHAR(30) NULL;

-- How the result reaches the applicant: dossier.delivery_method_id (V4, reference list DELIVERY_METHOD) is now chosen
-- at receipt; at return, who received it and, by post, the postal tracking number.
ALTER TABLE dossier ADD delivered_to NVARCHAR(200) NULL;
ALTER TABLE dossier ADD tracking_number NVARCHAR(60) NULL;
