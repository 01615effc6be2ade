-- Names as long as a file system allows (NAME_MAX 255, PATH_MAX 4096) are stored whole. A department is unique by
-- the SHA-256 of its name (name_key, hex of the UTF-8 bytes), since InnoDB cannot index 4000 characters.
ALTER TABLE department ADD COLUMN ${if_not_exists} name_key CHAR(64) NULL;
UPDATE department SET name_key = SHA2(name, 256);
-- One change per statement, each re-runnable (a run killed half-way through this migration repeats it whole).
ALTER TABLE department DROP INDEX ${if_exists} uq_department_name;
ALTER TABLE department MODIFY name VARCHAR(4000) NOT NULL, MODIFY name_key CHAR(64) NOT NULL;
ALTER TABLE department ADD UNIQUE KEY ${if_not_exists} uq_department_name_key (name_key);
ALTER TABLE load_file MODIFY file_name VARCHAR(4096) NOT NULL;
ALTER TABLE table_instance MODIFY source_file VARCHAR(4096) NOT NULL;
ALTER TABLE figure MODIFY source_file VARCHAR(4096) NOT NULL;
ALTER TABLE claim MODIFY source_file VARCHAR(4096) NOT NULL;
ALTER TABLE narrative_report MODIFY source_file VARCHAR(4096) NOT NULL;
