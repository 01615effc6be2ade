package org.juesuan.etl.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

	/**
	 * One severity's findings of a page of departments of a year, in report order; the
	 * pages follow the departments' names as the store orders them.
	 */
	private static final String PAGE_OF_SEVERITY = SELECT + """
			WHERE f.severity = ? AND f.fiscal_year = ? AND f.department_id IN (%s)
			ORDER BY d.name, f.table_nos, f.rule_id, f.row_ref, f.id""";

	/** Departments whose findings are read at a time. */
	static final int PAGE = 200;

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
	 * Passes each finding of {@code scope} to {@code action} in report order (ERRORs
	 * first, then by year and department name) as it is read, without holding them: for
	 * each severity and year, a query per page of departments. One query ordering all of
	 * a year's findings made the database hold them for the sort (H2 keeps up to hundreds
	 * of thousands of rows in the heap), and MySQL's driver reads a result whole.
	 */
	public void forEach(List<DepartmentYear> scope, Consumer<FindingRow> action) {
		forEach(scope, action, PAGE);
	}

	void forEach(List<DepartmentYear> scope, Consumer<FindingRow> action, int pageSize) {
		if (scope.isEmpty()) {
			return;
		}
		Map<Integer, Set<Long>> byYear = new TreeMap<>();
		scope.forEach(dy -> byYear.computeIfAbsent(dy.year(), y -> new HashSet<>()).add(dy.departmentId()));
		List<Long> byName = jdbc.queryForList("SELECT id FROM department ORDER BY name", Long.class);
		Map<Integer, List<List<Long>>> pages = new TreeMap<>();
		byYear.forEach((year, departments) -> pages.put(year,
				InLists.pages(byName.stream().filter(departments::contains).toList(), pageSize)));
		for (Severity severity : Severity.values()) {
			pages.forEach((year, yearsPages) -> {
				for (List<Long> page : yearsPages) {
					List<Object> arguments = new ArrayList<>(List.of(severity.name(), year));
					arguments.addAll(page);
					jdbc.query(PAGE_OF_SEVERITY.formatted(InLists.placeholders(page.size())), rs -> {
						action.accept(row(rs));
					}, arguments.toArray());
				}
			});
		}
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
		jdbc.query(BY_DEPARTMENTS.formatted(InLists.placeholders(departmentIds.size())), rs -> {
			FindingRow row = row(rs);
			rows.computeIfAbsent(row.department(), d -> new ArrayList<>()).add(row);
		}, arguments.toArray());
		return rows;
	}

	private static FindingRow row(ResultSet rs) throws SQLException {
		return new FindingRow(rs.getString(1), rs.getInt(2), Severity.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13), rs.getString(14),
				rs.getString(15), rs.getString(16));
	}

}
