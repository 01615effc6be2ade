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
	 * The runs that completed (their {@code runId}s), read once per step: asking per
	 * package whether its load's run completed scanned Batch's job parameters, which have
	 * no index and gain a few rows at every run, once per package.
	 */
	public Set<String> completedRuns() {
		return new HashSet<>(jdbc.queryForList("""
				SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
				JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
				WHERE p.PARAMETER_NAME = 'runId' AND e.STATUS = 'COMPLETED'""", String.class));
	}

	/**
	 * Whether the department-year's latest load was successful, by one of
	 * {@code completedRuns}, and read exactly these files (same names, same SHA-256); a
	 * package rejected last time, never loaded, or loaded by a run that died or failed
	 * before its check step (killed, crashed) is read again.
	 */
	public boolean unchanged(String department, int year, List<LoadedFile> files, Set<String> completedRuns) {
		Set<String> stored = new HashSet<>();
		boolean[] current = { true };
		jdbc.query(
				"""
						SELECT l.status, l.run_id, f.file_name, f.sha256 FROM package_load l JOIN load_file f ON f.load_id = l.id
						WHERE l.id = (SELECT MAX(y.id) FROM package_load y JOIN department d ON d.id = y.department_id
						  WHERE d.name_key = ? AND y.fiscal_year = ?)""",
				rs -> {
					current[0] &= "LOADED".equals(rs.getString(1)) && completedRuns.contains(rs.getString(2));
					stored.add(rs.getString(3) + "/" + rs.getString(4));
				}, DepartmentRepository.key(department), year);
		Set<String> now = new HashSet<>();
		files.forEach(f -> now.add(f.name() + "/" + f.sha256()));
		return current[0] && !stored.isEmpty() && stored.equals(now);
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
