-- Re-runnable over its own partial changes (see README, "Operating it").
-- An explanation replaced by `explain` on the same finding is kept, with when it was replaced, as the README promises:
-- the row finding_explanation held, copied here before the new text takes its place.
CREATE TABLE IF NOT EXISTS replaced_explanation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    fingerprint   CHAR(16)      NOT NULL,
    department_id BIGINT        NOT NULL,
    fiscal_year   INT           NOT NULL,
    rule_id       VARCHAR(60)   NOT NULL,
    message       VARCHAR(2000) NOT NULL,
    explanation   VARCHAR(2000) NOT NULL,
    explained_at  TIMESTAMP     NOT NULL,
    last_seen_at  TIMESTAMP     NOT NULL,
    resolved_at   TIMESTAMP,
    replaced_at   TIMESTAMP     NOT NULL,
    CONSTRAINT fk_replaced_explanation_department FOREIGN KEY (department_id) REFERENCES department (id)
);

-- Every explanation, current or replaced: replaced_at is empty for the one attached now (or resolved with its finding).
-- The CASE gives the current rows' empty replaced_at the type TIMESTAMP on H2 and MySQL alike.
CREATE OR REPLACE VIEW v_explanation_history AS
SELECT d.name AS department, e.fiscal_year AS year, e.fingerprint, e.rule_id, e.message, e.explanation,
       e.explained_at, e.last_seen_at, e.resolved_at, CASE WHEN 1 = 0 THEN e.explained_at END AS replaced_at
FROM finding_explanation e
JOIN department d ON d.id = e.department_id
UNION ALL
SELECT d.name, r.fiscal_year, r.fingerprint, r.rule_id, r.message, r.explanation,
       r.explained_at, r.last_seen_at, r.resolved_at, r.replaced_at
FROM replaced_explanation r
JOIN department d ON d.id = r.department_id;
