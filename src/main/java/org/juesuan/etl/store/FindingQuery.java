package org.juesuan.etl.store;

import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads current findings for reports: ERRORs first, then WARNING, INFO; by department,
 * table and rule.
 */
@Repository
public class FindingQuery {

	private final JdbcTemplate jdbc;

	FindingQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<FindingRow> findings(List<DepartmentYear> scope) {
		List<FindingRow> rows = new ArrayList<>();
		for (DepartmentYear dy : scope) {
			rows.addAll(jdbc
				.query("""
						SELECT department, year, severity, rule_id, kind, tables, row_ref, column_name, message, expected_yuan,
						  actual_yuan, difference_yuan, location, narrative_quote, explanation, fingerprint
						FROM v_finding WHERE department = ? AND year = ?
						ORDER BY CASE severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, tables, rule_id, row_ref""",
						(rs, i) -> new FindingRow(rs.getString(1), rs.getInt(2), Severity.valueOf(rs.getString(3)),
								rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
								rs.getString(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
								rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)),
						dy.department(), dy.year()));
		}
		rows.sort(java.util.Comparator.comparing(FindingRow::severity));
		return rows;
	}

}
