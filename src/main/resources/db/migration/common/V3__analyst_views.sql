-- The analysts' contract (shared/spec/analyst-schema.md): names and columns stay stable.
CREATE OR REPLACE VIEW v_figure AS
SELECT d.name AS department, f.fiscal_year AS year, f.table_no, t.table_name, f.row_code, f.row_label,
       f.column_name, f.amount_yuan, f.published_unit, f.source_file, f.sheet, f.cell_ref AS cell
FROM figure f
JOIN department d ON d.id = f.department_id
JOIN table_name_ref t ON t.table_no = f.table_no;

CREATE OR REPLACE VIEW v_finding AS
SELECT d.name AS department, f.fiscal_year AS year, f.fingerprint, f.rule_id, f.severity, f.kind,
       f.table_nos AS tables, f.row_ref, f.column_name, f.message, f.expected_yuan, f.actual_yuan,
       f.difference_yuan, f.location, f.narrative_quote, e.explanation
FROM finding f
JOIN department d ON d.id = f.department_id
LEFT JOIN finding_explanation e ON e.fingerprint = f.fingerprint;

CREATE OR REPLACE VIEW v_explanation_history AS
SELECT d.name AS department, e.fiscal_year AS year, e.fingerprint, e.rule_id, e.message, e.explanation,
       e.explained_at, e.last_seen_at, e.resolved_at
FROM finding_explanation e
JOIN department d ON d.id = e.department_id;

CREATE OR REPLACE VIEW v_department_summary AS
SELECT d.name AS department, l.fiscal_year AS year,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 1 AND x.row_label = '本年收入合计') AS income_total_yuan,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 1 AND x.row_label = '本年支出合计') AS expenditure_total_yuan,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 1 AND x.row_label = '支出总计') AS grand_total_yuan,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 3 AND x.row_label = '合计' AND x.column_name = '基本支出') AS basic_yuan,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 3 AND x.row_label = '合计' AND x.column_name = '项目支出') AS project_yuan,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 8 AND x.row_label = '人员经费合计') AS personnel_yuan,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 8 AND x.row_label = '公用经费合计') AS public_funds_yuan,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 13 AND x.row_label = '合计' AND x.column_name = '决算数') AS three_public_yuan,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 1 AND x.row_label = '年初结转和结余') AS opening_balance_yuan,
  (SELECT SUM(amount_yuan) FROM figure x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.table_no = 1 AND x.row_label = '年末结转和结余') AS closing_balance_yuan,
  (SELECT COUNT(*) FROM finding x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.severity = 'ERROR') AS error_count,
  (SELECT COUNT(*) FROM finding x WHERE x.department_id = l.department_id AND x.fiscal_year = l.fiscal_year
     AND x.severity = 'WARNING') AS warning_count,
  l.loaded_at
FROM package_load l
JOIN department d ON d.id = l.department_id
WHERE l.status = 'LOADED'
  AND l.id = (SELECT MAX(y.id) FROM package_load y WHERE y.department_id = l.department_id
              AND y.fiscal_year = l.fiscal_year AND y.status = 'LOADED');

CREATE OR REPLACE VIEW v_district_figure AS
SELECT f.fiscal_year AS year, f.table_no, t.table_name, f.row_code, f.row_label, f.column_name,
       SUM(f.amount_yuan) AS amount_yuan, COUNT(DISTINCT f.department_id) AS department_count
FROM figure f
JOIN table_name_ref t ON t.table_no = f.table_no
GROUP BY f.fiscal_year, f.table_no, t.table_name, f.row_code, f.row_label, f.column_name;
