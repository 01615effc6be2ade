-- Template sets as data: a package is read with a set (sichuan-2024, national-2024, …) detected from its tables;
-- table_no stays the canonical table (T1…T13) so rules, views and consolidation work across sets, and each
-- table instance keeps its own number and title in its set, which v_figure shows.
ALTER TABLE package_load ADD COLUMN ${if_not_exists} template_set VARCHAR(60);
ALTER TABLE table_instance ADD COLUMN ${if_not_exists} set_table_no INT;
ALTER TABLE table_instance ADD COLUMN ${if_not_exists} table_name VARCHAR(100);
-- The part of the narrative that holds the 情况说明 (第二部分 in Sichuan's template, 第三部分 in the national one).
ALTER TABLE narrative_report ADD COLUMN ${if_not_exists} part VARCHAR(40);

-- Canonical titles are written from config/templates/canonical.yml by every import; none are kept here.
DELETE FROM table_name_ref;

CREATE OR REPLACE VIEW v_figure AS
SELECT d.name AS department, f.fiscal_year AS year, f.table_no, COALESCE(ti.table_name, t.table_name) AS table_name,
       f.row_code, f.row_label, f.column_name, f.amount_yuan, f.published_unit, f.source_file, f.sheet, f.cell_ref AS cell,
       ti.template_set, ti.set_table_no
FROM figure f
JOIN department d ON d.id = f.department_id
LEFT JOIN table_instance ti ON ti.department_id = f.department_id AND ti.fiscal_year = f.fiscal_year AND ti.table_no = f.table_no
LEFT JOIN table_name_ref t ON t.table_no = f.table_no;

CREATE OR REPLACE VIEW v_district_figure AS
SELECT f.fiscal_year AS year, f.table_no, t.table_name, f.row_code, f.row_label, f.column_name,
       SUM(f.amount_yuan) AS amount_yuan, COUNT(DISTINCT f.department_id) AS department_count
FROM figure f
LEFT JOIN table_name_ref t ON t.table_no = f.table_no
GROUP BY f.fiscal_year, f.table_no, t.table_name, f.row_code, f.row_label, f.column_name;

CREATE OR REPLACE VIEW v_narrative_report AS
SELECT d.name AS department, r.fiscal_year AS year, r.source_file, r.figures_found, r.figures_claimed, r.claims,
       r.matched, r.rounding, r.mismatched, r.unmatched, r.part
FROM narrative_report r
JOIN department d ON d.id = r.department_id;
