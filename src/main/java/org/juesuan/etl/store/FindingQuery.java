package org.juesuan.etl.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads current findings for reports: ERRORs first, then WARNING, INFO; within a severity
 * by year and department (the order {@link RunReport} and {@link FigureReader} list
 * department-years in), then table and rule and row.
 */
@Repository
public class FindingQuery {

	/**
	 * The columns of {@code v_finding}, read from its tables by year: the view joins the
	 * department by its name, which H2 has no index for (V21), so a query per
	 * department-year through it scanned every finding, quadratic in the departments.
	 * Findings that tie on the rest keep the order they were stored in ({@code id}).
	 */
	private static final String SELECT = """
			SELECT d.name, f.fiscal_year, f.severity, f.rule_id, f.kind, f.table_nos, f.row_ref, f.column_name, f.message,
			  f.expected_yuan, f.actual_yuan, f.difference_yuan, f.location, f.narrative_quote, e.explanation, f.fingerprint,
			  f.department_id
			FROM finding f JOIN department d ON d.id = f.department_id
			LEFT JOIN finding_explanation e ON e.fingerprint = f.fingerprint
			""";

	private static final String BY_YEARS = SELECT + """
			WHERE f.fiscal_year IN (%s)
			ORDER BY CASE f.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, f.fiscal_year, d.name,
			  f.table_nos, f.rule_id, f.row_ref, f.id""";

	/** A year's findings of some departments, through the department-year index. */
	private static final String BY_DEPARTMENTS = SELECT + """
			WHERE f.fiscal_year = ? AND f.department_id IN (%s)
			ORDER BY CASE f.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, f.table_nos, f.rule_id,
			  f.row_ref, f.id""";

	private final JdbcTemplate jdbc;

	FindingQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Passes each finding of {@code scope} to {@code action} in report order as it is
	 * read, without holding them: one query for the years of the scope, whose findings
	 * outside it are passed over.
	 */
	public void forEach(List<DepartmentYear> scope, Consumer<FindingRow> action) {
		if (scope.isEmpty()) {
			return;
		}
		Set<Key> wanted = new HashSet<>();
		Set<Integer> years = new TreeSet<>();
		scope.forEach(dy -> {
			wanted.add(new Key(dy.departmentId(), dy.year()));
			years.add(dy.year());
		});
		String sql = BY_YEARS.formatted(placeholders(years.size()));
		jdbc.query(sql, rs -> {
			if (wanted.contains(new Key(rs.getLong(17), rs.getInt(2)))) {
				action.accept(row(rs));
			}
		}, years.toArray());
	}

	/**
	 * The findings of {@code departments} (some of a year's, a report's page of them) by
	 * department name, each department's in report order: a report of any number of
	 * departments reads them a page at a time rather than holding the year's.
	 */
	public Map<String, List<FindingRow>> byDepartment(int year, Collection<Long> departmentIds) {
		Map<String, List<FindingRow>> rows = new LinkedHashMap<>();
		if (departmentIds.isEmpty()) {
			return rows;
		}
		List<Object> arguments = new ArrayList<>();
		arguments.add(year);
		arguments.addAll(departmentIds);
		jdbc.query(BY_DEPARTMENTS.formatted(placeholders(departmentIds.size())), rs -> {
			FindingRow row = row(rs);
			rows.computeIfAbsent(row.department(), d -> new ArrayList<>()).add(row);
		}, arguments.toArray());
		return rows;
	}

	private static String placeholders(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}

	private static FindingRow row(ResultSet rs) throws SQLException {
		return new FindingRow(rs.getString(1), rs.getInt(2), Severity.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13), rs.getString(14),
				rs.getString(15), rs.getString(16));
	}

	private record Key(long departmentId, int year) {
	}

}
