package org.juesuan.etl.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.juesuan.etl.store.InLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads what the district outputs show from the analysts' views and the stored
 * consolidation.
 */
@Repository
class DistrictQuery {

	private final JdbcTemplate jdbc;

	DistrictQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Integer> years() {
		return jdbc.queryForList("SELECT DISTINCT year FROM v_department_summary ORDER BY year", Integer.class);
	}

	List<ConsolidatedFigure> consolidated(int year, String group) {
		return jdbc
			.query("""
					SELECT table_no, row_no, row_code, row_label, column_name, amount_yuan, department_count, error_department_count
					FROM consolidated_figure WHERE fiscal_year = ? AND group_name = ? ORDER BY table_no, row_no, row_code""",
					(rs, i) -> new ConsolidatedFigure(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getInt(8)),
					year, group);
	}

	/**
	 * Each department-year of the scope, in the departments' order, handed over as it is
	 * read: the caller keeps what it needs of them, not the list.
	 */
	void departments(Scope scope, Consumer<DepartmentLine> each) {
		Map<String, Integer> infos = infoCounts(scope.year());
		jdbc.query("SELECT s.* FROM v_department_summary s WHERE s.year = ? ORDER BY s.department", rs -> {
			String department = rs.getString("department");
			if (scope.includes(department)) {
				List<BigDecimal> amounts = new ArrayList<>();
				for (String column : DepartmentLine.AMOUNT_COLUMNS) {
					amounts.add(rs.getBigDecimal(column));
				}
				each.accept(new DepartmentLine(department, scope.year(), amounts, rs.getInt("error_count"),
						rs.getInt("warning_count"), infos.getOrDefault(department, 0)));
			}
		}, scope.year());
	}

	/**
	 * The INFO findings of each department of a year, counted in one query: a count per
	 * department through {@code v_finding} (which joins on the name) scans the findings
	 * once per department on H2, and grouping the view made H2 hold the year's findings,
	 * every column of them, in the heap.
	 */
	private Map<String, Integer> infoCounts(int year) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.query("""
				SELECT d.name, c.infos FROM department d JOIN (SELECT department_id, COUNT(*) AS infos FROM finding
				  WHERE fiscal_year = ? AND severity = 'INFO' GROUP BY department_id) c ON c.department_id = d.id""",
				rs -> {
					counts.put(rs.getString(1), rs.getInt(2));
				}, year);
		return counts;
	}

	/** The narrative reports of some departments (a report's page of them) in a year. */
	List<Map<String, Object>> narratives(int year, List<String> departments) {
		if (departments.isEmpty()) {
			return List.of();
		}
		List<Object> arguments = new ArrayList<>();
		arguments.add(year);
		arguments.addAll(departments);
		return jdbc.queryForList("""
				SELECT department, source_file, part, figures_found, claims, matched, rounding, mismatched, unmatched
				FROM v_narrative_report WHERE year = ? AND department IN (%s) ORDER BY department, source_file"""
			.formatted(InLists.placeholders(departments.size())), arguments.toArray());
	}

}
