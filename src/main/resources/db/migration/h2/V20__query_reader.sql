-- The analysts' account on H2 (juesuan.query.username/password): SELECT on the v_* views, nothing else. Without admin
-- rights it cannot reach FILE_READ/FILE_WRITE, CSVREAD/CSVWRITE, LINK_SCHEMA, CREATE ALIAS, SCRIPT or a base table.
-- The password set here is replaced by the configured one after every migration (store.ReaderAccountCallback),
-- which also grants views added by later migrations.
CREATE USER IF NOT EXISTS juesuan_reader PASSWORD 'juesuan_reader';
GRANT SELECT ON v_figure, v_finding, v_explanation_history, v_department_summary, v_district_figure, v_claim,
    v_narrative_report TO juesuan_reader;
