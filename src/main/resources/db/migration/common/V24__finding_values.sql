-- Percentages never in a *_yuan column: a share, rate or completion finding keeps its expected, actual and
-- difference as values with their unit ('%'), and leaves the *_yuan columns empty. Re-runnable (README, "Operating it").
ALTER TABLE finding ADD COLUMN ${if_not_exists} value_unit VARCHAR(8);
ALTER TABLE finding ADD COLUMN ${if_not_exists} expected_value DECIMAL(24,6);
ALTER TABLE finding ADD COLUMN ${if_not_exists} actual_value DECIMAL(24,6);
ALTER TABLE finding ADD COLUMN ${if_not_exists} difference_value DECIMAL(24,6);

CREATE OR REPLACE VIEW v_finding AS
SELECT d.name AS department, f.fiscal_year AS year, f.fingerprint, f.rule_id, f.severity, f.kind,
       f.table_nos AS tables, f.row_ref, f.column_name, f.message, f.expected_yuan, f.actual_yuan,
       f.difference_yuan, f.location, f.narrative_quote, e.explanation,
       f.expected_value, f.actual_value, f.difference_value, f.value_unit
FROM finding f
JOIN department d ON d.id = f.department_id
LEFT JOIN finding_explanation e ON e.fingerprint = f.fingerprint;
