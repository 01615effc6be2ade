-- Names as long as a file system allows (NAME_MAX 255, PATH_MAX 4096) are stored whole. A department is unique by
-- the SHA-256 of its name (name_key, hex of the UTF-8 bytes), since MySQL cannot index 4000 characters.
ALTER TABLE department ADD COLUMN IF NOT EXISTS name_key CHAR(64);
UPDATE department SET name_key = LOWER(RAWTOHEX(HASH('SHA-256', name)));
ALTER TABLE department ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE department DROP CONSTRAINT IF EXISTS uq_department_name;
ALTER TABLE department ADD CONSTRAINT IF NOT EXISTS uq_department_name_key UNIQUE (name_key);
ALTER TABLE department ALTER COLUMN name SET DATA TYPE VARCHAR(4000);
ALTER TABLE load_file ALTER COLUMN file_name SET DATA TYPE VARCHAR(4096);
ALTER TABLE table_instance ALTER COLUMN source_file SET DATA TYPE VARCHAR(4096);
ALTER TABLE figure ALTER COLUMN source_file SET DATA TYPE VARCHAR(4096);
ALTER TABLE claim ALTER COLUMN source_file SET DATA TYPE VARCHAR(4096);
ALTER TABLE narrative_report ALTER COLUMN source_file SET DATA TYPE VARCHAR(4096);
