package org.juesuan.etl.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.juesuan.etl.model.LoadedFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What a department-year's last load read: whether a package is unchanged since it was last loaded successfully. */
@Repository
public class LoadHistory {

	private final JdbcTemplate jdbc;

	LoadHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the department-year's latest load was successful, by a run that completed, and read exactly these files
	 * (same names, same SHA-256); a package rejected last time, never loaded, or loaded by a run that died or failed
	 * before its narrative and audit steps (killed, crashed) is read again.
	 */
	public boolean unchanged(String department, int year, List<LoadedFile> files) {
		List<String> stored = jdbc.query("""
				SELECT f.file_name, f.sha256 FROM load_file f WHERE f.load_id = (
				  SELECT MAX(l.id) FROM package_load l JOIN department d ON d.id = l.department_id
				  WHERE d.name_key = ? AND l.fiscal_year = ?)
				AND (SELECT status FROM package_load WHERE id = f.load_id) = 'LOADED'
				AND EXISTS (SELECT 1 FROM package_load l JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.PARAMETER_NAME = 'runId'
				  AND p.PARAMETER_VALUE = l.run_id JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
				  WHERE l.id = f.load_id AND e.STATUS = 'COMPLETED')""",
				(rs, i) -> rs.getString(1) + "/" + rs.getString(2), DepartmentRepository.key(department), year);
		Set<String> now = new HashSet<>();
		files.forEach(f -> now.add(f.name() + "/" + f.sha256()));
		return !stored.isEmpty() && stored.size() == now.size() && now.containsAll(stored);
	}
}
