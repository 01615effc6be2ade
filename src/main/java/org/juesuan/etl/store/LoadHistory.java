package org.juesuan.etl.store;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.juesuan.etl.model.LoadedFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a department-year's loads read: whether a package is unchanged since it was last
 * loaded successfully, and the narrative a run's load chose, with its hash.
 */
@Repository
public class LoadHistory {

	private final JdbcTemplate jdbc;

	LoadHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the department-year's latest load was successful, by a run that completed,
	 * and read exactly these files (same names, same SHA-256); a package rejected last
	 * time, never loaded, or loaded by a run that died or failed before its check step
	 * (killed, crashed) is read again.
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

	/**
	 * The 编制说明 the run's load of the department-year chose at ingest, with its SHA-256;
	 * empty when it had none.
	 */
	public Optional<LoadedFile> narrative(long departmentId, int year, String runId) {
		return jdbc
			.query("""
					SELECT f.file_name, f.sha256, f.size_bytes FROM load_file f JOIN package_load l ON l.id = f.load_id
					WHERE l.run_id = ? AND l.department_id = ? AND l.fiscal_year = ? AND l.status = 'LOADED' AND f.is_narrative
					ORDER BY l.id DESC""",
					(rs, i) -> new LoadedFile(rs.getString(1), rs.getString(2), rs.getLong(3), true), runId,
					departmentId, year)
			.stream()
			.findFirst();
	}

}
