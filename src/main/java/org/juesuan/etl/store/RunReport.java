package org.juesuan.etl.store;

import java.util.List;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.LoadStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a run did, read back from the store: one {@link LoadOutcome} per package, in
 * department order.
 */
@Repository
public class RunReport {

	private final JdbcTemplate jdbc;

	RunReport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<LoadOutcome> outcomes(String runId) {
		return jdbc.query(
				"""
						SELECT d.name, l.fiscal_year, l.status, l.reason, l.template_set, l.table_count, l.figure_count,
						  (SELECT COUNT(*) FROM finding f WHERE f.department_id = l.department_id AND f.fiscal_year = l.fiscal_year AND f.severity = 'ERROR'),
						  (SELECT COUNT(*) FROM finding f WHERE f.department_id = l.department_id AND f.fiscal_year = l.fiscal_year AND f.severity = 'WARNING'),
						  (SELECT COUNT(*) FROM finding f WHERE f.department_id = l.department_id AND f.fiscal_year = l.fiscal_year AND f.severity = 'INFO')
						FROM package_load l JOIN department d ON d.id = l.department_id
						WHERE l.run_id = ? ORDER BY l.fiscal_year, d.name""",
				(rs, i) -> new LoadOutcome(rs.getString(1), rs.getInt(2), LoadStatus.valueOf(rs.getString(3)),
						rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
						rs.getInt(10)),
				runId);
	}

	/**
	 * The department-years this run read, loaded or rejected: a rejection is reported
	 * with its reason.
	 */
	public List<DepartmentYear> attempted(String runId) {
		return jdbc.query(
				"""
						SELECT DISTINCT d.id, d.name, l.fiscal_year FROM package_load l JOIN department d ON d.id = l.department_id
						WHERE l.run_id = ? ORDER BY l.fiscal_year, d.name""",
				(rs, i) -> new DepartmentYear(rs.getLong(1), rs.getString(2), rs.getInt(3)), runId);
	}

	/** The department-years this run loaded. */
	public List<DepartmentYear> loaded(String runId) {
		return jdbc.query("""
				SELECT d.id, d.name, l.fiscal_year FROM package_load l JOIN department d ON d.id = l.department_id
				WHERE l.run_id = ? AND l.status = 'LOADED' ORDER BY l.fiscal_year, d.name""",
				(rs, i) -> new DepartmentYear(rs.getLong(1), rs.getString(2), rs.getInt(3)), runId);
	}

	/**
	 * The narrative extraction reports of the department-years this run loaded, by
	 * department.
	 */
	public java.util.Map<String, NarrativeCounts> narratives(String runId) {
		java.util.Map<String, NarrativeCounts> result = new java.util.TreeMap<>();
		jdbc.query(
				"""
						SELECT d.name, r.source_file, r.part, r.figures_found, r.figures_claimed, r.claims, r.matched, r.rounding, r.mismatched,
						  r.unmatched				FROM narrative_report r JOIN department d ON d.id = r.department_id
						JOIN package_load l ON l.department_id = r.department_id AND l.fiscal_year = r.fiscal_year
						WHERE l.run_id = ? AND l.status = 'LOADED'""",
				rs -> {
					result.put(rs.getString(1), new NarrativeCounts(rs.getString(2), rs.getString(3), rs.getInt(4),
							rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
				}, runId);
		return result;
	}

}
