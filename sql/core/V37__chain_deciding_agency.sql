-- Inter-agency chains (liên thông) are counted once, for the agency that decides at the chain's end: a dossier whose
-- version ends with a step named for another agency (e.g. the commune receives and verifies, the department decides)
-- gets that agency as its deciding agency (ProcedureVersion.decidingFor), and its report row follows. Rows written
-- before this rule named the implementing agency that received it; frozen months keep what they counted.
UPDATE dossier SET deciding_agency_id = (
    SELECT s.agency_id FROM process_step s
    WHERE s.procedure_version_id = dossier.procedure_version_id
      AND s.acting = 'NAMED_AGENCY'
      AND s.position = (SELECT MAX(l.position) FROM process_step l WHERE l.procedure_version_id = dossier.procedure_version_id))
WHERE EXISTS (
    SELECT 1 FROM process_step s
    WHERE s.procedure_version_id = dossier.procedure_version_id
      AND s.acting = 'NAMED_AGENCY'
      AND s.agency_id IS NOT NULL
      AND s.position = (SELECT MAX(l.position) FROM process_step l WHERE l.procedure_version_id = dossier.procedure_version_id));

UPDATE report_dossier SET agency_id = (SELECT d.deciding_agency_id FROM dossier d WHERE d.id = report_dossier.dossier_id)
WHERE EXISTS (
    SELECT 1 FROM dossier d
    WHERE d.id = report_dossier.dossier_id
      AND d.deciding_agency_id IS NOT NULL
      AND d.deciding_agency_id <> report_dossier.agency_id);
