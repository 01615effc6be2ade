-- The package's 编制说明 is chosen once, at ingest, by the rules that choose its workbooks (no ~$ lock files, no
-- hidden or temporary files), and recorded among the load's files with its SHA-256; the narrative step reads that
-- record and never walks the folder again. Re-runnable (README, "Operating it").
ALTER TABLE load_file ADD COLUMN ${if_not_exists} is_narrative BOOLEAN DEFAULT FALSE NOT NULL;
