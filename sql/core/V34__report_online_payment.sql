-- Online payment share (Decision 766): when a dossier's fees were paid, and whether they were all paid online
-- (payment method TRUC_TUYEN: through the national public-service portal's payment platform). Written by the
-- reporting facts on each transition (the fee step records the method); existing rows filled here.
ALTER TABLE report_dossier ADD fee_paid_at DATETIME2 NULL;
ALTER TABLE report_dossier ADD paid_online BIT DEFAULT 0 NOT NULL;

UPDATE report_dossier SET fee_paid_at = (
    SELECT MAX(p.paid_at) FROM dossier_fee p WHERE p.dossier_id = report_dossier.dossier_id AND p.paid_at IS NOT NULL);

UPDATE report_dossier SET paid_online = 1
WHERE fee_paid_at IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM dossier_fee p LEFT JOIN reference_item m ON m.id = p.payment_method_id
    WHERE p.dossier_id = report_dossier.dossier_id AND p.paid_at IS NOT NULL
      AND (m.code IS NULL OR m.code <> 'TRUC_TUYEN'));

-- The scorecard's online payment share of a period: the dossiers whose fees were paid in it.
CREATE INDEX ix_report_dossier_fee_paid ON report_dossier (fee_paid_at);
