-- The normalised store. Runs unchanged on H2 and MySQL 8 / MariaDB 10.11.
CREATE TABLE IF NOT EXISTS department (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT uq_department_name UNIQUE (name)
);

-- One row per attempt to load a department-year package; the latest LOADED one is current.
CREATE TABLE IF NOT EXISTS package_load (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id        VARCHAR(40)  NOT NULL,
    department_id BIGINT       NOT NULL,
    fiscal_year   INT          NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    reason        VARCHAR(2000),
    figure_count  INT          NOT NULL,
    table_count   INT          NOT NULL,
    finding_count INT          NOT NULL,
    loaded_at     TIMESTAMP    NOT NULL,
    CONSTRAINT fk_load_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ${if_not_exists} ix_load_department_year ON package_load (department_id, fiscal_year);
CREATE INDEX ${if_not_exists} ix_load_run ON package_load (run_id);

CREATE TABLE IF NOT EXISTS load_file (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    load_id   BIGINT        NOT NULL,
    file_name VARCHAR(500)  NOT NULL,
    sha256    CHAR(64)      NOT NULL,
    size_bytes BIGINT       NOT NULL,
    CONSTRAINT fk_file_load FOREIGN KEY (load_id) REFERENCES package_load (id)
);

-- One row per table recognised in the current package of a department-year.
CREATE TABLE IF NOT EXISTS table_instance (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_id  BIGINT        NOT NULL,
    fiscal_year    INT           NOT NULL,
    load_id        BIGINT        NOT NULL,
    table_no       INT           NOT NULL,
    template_set   VARCHAR(60)   NOT NULL,
    source_file    VARCHAR(500)  NOT NULL,
    sheet          VARCHAR(200)  NOT NULL,
    published_unit VARCHAR(4)    NOT NULL,
    row_shape      VARCHAR(20)   NOT NULL,
    is_empty       BOOLEAN       NOT NULL,
    statement      VARCHAR(1000),
    stated_department VARCHAR(200),
    stated_year    INT,
    CONSTRAINT fk_table_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ${if_not_exists} ix_table_department_year ON table_instance (department_id, fiscal_year);

CREATE TABLE IF NOT EXISTS table_name_ref (
    table_no   INT          NOT NULL PRIMARY KEY,
    table_name VARCHAR(100) NOT NULL
);
DELETE FROM table_name_ref;
INSERT INTO table_name_ref (table_no, table_name) VALUES
 (1, '收入支出决算总表'), (2, '收入决算表'), (3, '支出决算表'), (4, '财政拨款收入支出决算总表'),
 (5, '财政拨款支出决算明细表'), (6, '一般公共预算财政拨款支出决算表'), (7, '一般公共预算财政拨款支出决算明细表'),
 (8, '一般公共预算财政拨款基本支出决算明细表'), (9, '一般公共预算财政拨款项目支出决算表'),
 (10, '政府性基金预算财政拨款收入支出决算表'), (11, '国有资本经营预算财政拨款收入支出决算表'),
 (12, '国有资本经营预算财政拨款支出决算表'), (13, '财政拨款“三公”经费支出决算表');

-- Every figure read from the 附表, in yuan, with the value as published and its lineage.
CREATE TABLE IF NOT EXISTS figure (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_id   BIGINT         NOT NULL,
    fiscal_year     INT            NOT NULL,
    table_no        INT            NOT NULL,
    row_no          INT            NOT NULL,
    row_code        VARCHAR(12),
    row_label       VARCHAR(200)   NOT NULL,
    column_name     VARCHAR(200)   NOT NULL,
    amount_yuan     DECIMAL(20,2),
    published_value DECIMAL(24,6),
    published_scale INT,
    published_unit  VARCHAR(4)     NOT NULL,
    source_file     VARCHAR(500)   NOT NULL,
    sheet           VARCHAR(200)   NOT NULL,
    cell_ref        VARCHAR(16)    NOT NULL,
    CONSTRAINT fk_figure_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ${if_not_exists} ix_figure_department_year ON figure (department_id, fiscal_year, table_no);
CREATE INDEX ${if_not_exists} ix_figure_code ON figure (table_no, row_code);

-- Classification dimensions as met in the data (first name met is kept; differences are findings).
CREATE TABLE IF NOT EXISTS classification (
    scheme      VARCHAR(12)  NOT NULL,
    code        VARCHAR(12)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    level_name  VARCHAR(4)   NOT NULL,
    parent_code VARCHAR(12),
    PRIMARY KEY (scheme, code)
);

-- Findings of every source (ingest now; rules and narrative later), replaced per department-year and source.
CREATE TABLE IF NOT EXISTS finding (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_id   BIGINT        NOT NULL,
    fiscal_year     INT           NOT NULL,
    source          VARCHAR(12)   NOT NULL,
    fingerprint     CHAR(16)      NOT NULL,
    rule_id         VARCHAR(60)   NOT NULL,
    severity        VARCHAR(7)    NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    table_nos       VARCHAR(40),
    row_ref         VARCHAR(200),
    column_name     VARCHAR(200),
    message         VARCHAR(2000) NOT NULL,
    expected_yuan   DECIMAL(20,2),
    actual_yuan     DECIMAL(20,2),
    difference_yuan DECIMAL(20,2),
    location        VARCHAR(2000),
    narrative_quote VARCHAR(2000),
    found_at        TIMESTAMP     NOT NULL,
    CONSTRAINT fk_finding_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ${if_not_exists} ix_finding_department_year ON finding (department_id, fiscal_year, source);
CREATE INDEX ${if_not_exists} ix_finding_fingerprint ON finding (fingerprint);

-- An explanation (出错说明) stays attached to its fingerprint across runs; when the finding disappears the row
-- stays, with resolved_at set, as history (the message it explained is kept).
CREATE TABLE IF NOT EXISTS finding_explanation (
    fingerprint   CHAR(16)      NOT NULL PRIMARY KEY,
    department_id BIGINT        NOT NULL,
    fiscal_year   INT           NOT NULL,
    rule_id       VARCHAR(60)   NOT NULL,
    message       VARCHAR(2000) NOT NULL,
    explanation   VARCHAR(2000) NOT NULL,
    explained_at  TIMESTAMP     NOT NULL,
    last_seen_at  TIMESTAMP     NOT NULL,
    resolved_at   TIMESTAMP,
    CONSTRAINT fk_explanation_department FOREIGN KEY (department_id) REFERENCES department (id)
);
