-- Figures stated in each department's 编制说明 (claims), how each was checked, and the extraction report.
CREATE TABLE IF NOT EXISTS claim (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_id       BIGINT         NOT NULL,
    fiscal_year         INT            NOT NULL,
    source_file         VARCHAR(500)   NOT NULL,
    section             VARCHAR(200)   NOT NULL,
    claim_type          VARCHAR(20)    NOT NULL,
    subject             VARCHAR(300)   NOT NULL,
    stated_value        DECIMAL(24,6)  NOT NULL,
    stated_unit         VARCHAR(20),
    unit_inferred       BOOLEAN        NOT NULL,
    value_yuan          DECIMAL(20,2),
    matched_table_no    INT,
    matched_row_label   VARCHAR(200),
    matched_column_name VARCHAR(200),
    matched_yuan        DECIMAL(20,2),
    status              VARCHAR(10)    NOT NULL,
    quote               VARCHAR(2000)  NOT NULL,
    paragraph_no        INT            NOT NULL,
    CONSTRAINT fk_claim_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ${if_not_exists} ix_claim_department_year ON claim (department_id, fiscal_year);

CREATE TABLE IF NOT EXISTS narrative_report (
    department_id   BIGINT        NOT NULL,
    fiscal_year     INT           NOT NULL,
    source_file     VARCHAR(500)  NOT NULL,
    figures_found   INT           NOT NULL,
    figures_claimed INT           NOT NULL,
    claims          INT           NOT NULL,
    matched         INT           NOT NULL,
    rounding        INT           NOT NULL,
    mismatched      INT           NOT NULL,
    unmatched       INT           NOT NULL,
    PRIMARY KEY (department_id, fiscal_year),
    CONSTRAINT fk_narrative_report_department FOREIGN KEY (department_id) REFERENCES department (id)
);

CREATE OR REPLACE VIEW v_claim AS
SELECT d.name AS department, c.fiscal_year AS year, c.section, c.claim_type, c.subject, c.stated_value, c.stated_unit,
       c.value_yuan, c.matched_table_no, c.matched_row_label, c.matched_column_name, c.status, c.quote,
       c.unit_inferred, c.matched_yuan, c.source_file
FROM claim c
JOIN department d ON d.id = c.department_id;

CREATE OR REPLACE VIEW v_narrative_report AS
SELECT d.name AS department, r.fiscal_year AS year, r.source_file, r.figures_found, r.figures_claimed, r.claims,
       r.matched, r.rounding, r.mismatched, r.unmatched
FROM narrative_report r
JOIN department d ON d.id = r.department_id;
