-- Re-runnable over its own partial changes (see README, "Operating it").
-- The district consolidation (汇总), stored and refreshed by every import and check run: each canonical table summed
-- over the departments of a scope (the whole district, or a group of juesuan.groups), by canonical row -- coded rows
-- by their code (one code spelt two ways is one row), fixed rows by their canonical label -- and column.
CREATE TABLE IF NOT EXISTS consolidated_figure (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    fiscal_year            INT            NOT NULL,
    group_name             VARCHAR(100)   NOT NULL,
    table_no               INT            NOT NULL,
    row_no                 INT            NOT NULL,
    row_code               VARCHAR(12),
    row_label              VARCHAR(200)   NOT NULL,
    column_name            VARCHAR(200)   NOT NULL,
    amount_yuan            DECIMAL(20,2),
    department_count       INT            NOT NULL,
    error_department_count INT            NOT NULL,
    refreshed_at           TIMESTAMP      NOT NULL
);
CREATE INDEX ${if_not_exists} ix_consolidated_year_group ON consolidated_figure (fiscal_year, group_name, table_no);

-- The whole district is the group '全区'.
CREATE OR REPLACE VIEW v_district_figure AS
SELECT c.fiscal_year AS year, c.table_no, t.table_name, c.row_code, c.row_label, c.column_name, c.amount_yuan,
       c.department_count
FROM consolidated_figure c
LEFT JOIN table_name_ref t ON t.table_no = c.table_no
WHERE c.group_name = '全区';

CREATE OR REPLACE VIEW v_consolidated_figure AS
SELECT c.fiscal_year AS year, c.group_name, c.table_no, t.table_name, c.row_code, c.row_label, c.column_name,
       c.amount_yuan, c.department_count, c.error_department_count, c.refreshed_at
FROM consolidated_figure c
LEFT JOIN table_name_ref t ON t.table_no = c.table_no;
