package org.juesuan.etl.aggregate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refreshes {@code consolidated_figure}: for each year, every canonical table summed over
 * the departments of the whole district and of each configured group, by canonical row (a
 * coded row by its code, whatever its spelling; a fixed row by its canonical label) and
 * column, with how many departments contribute and how many of those have ERROR findings.
 * Packages of different template sets meet in the canonical model, so they sum as they
 * are.
 */
@Component
public class Consolidator {

	private static final Logger log = LoggerFactory.getLogger(Consolidator.class);

	private static final String INSERT = """
			INSERT INTO consolidated_figure (fiscal_year, group_name, table_no, row_no, row_code, row_label, column_name,
			  amount_yuan, department_count, error_department_count, refreshed_at)
			SELECT f.fiscal_year, ?, f.table_no, MIN(f.row_no), MAX(f.row_code), MIN(f.row_label), f.column_name,
			  SUM(f.amount_yuan), COUNT(DISTINCT f.department_id), COUNT(DISTINCT e.department_id), ?
			FROM figure f
			JOIN department d ON d.id = f.department_id
			LEFT JOIN (SELECT DISTINCT department_id, fiscal_year FROM finding WHERE severity = 'ERROR') e
			  ON e.department_id = f.department_id AND e.fiscal_year = f.fiscal_year
			WHERE f.fiscal_year = ? %s
			GROUP BY f.fiscal_year, f.table_no, COALESCE(f.row_code, f.row_label), f.column_name""";

	private final JdbcTemplate jdbc;

	private final AggregateProperties properties;

	Consolidator(JdbcTemplate jdbc, AggregateProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Recomputes every stored year; returns the number of consolidated figures written.
	 */
	@Transactional
	public int refresh() {
		List<Integer> years = jdbc.queryForList("SELECT DISTINCT fiscal_year FROM figure ORDER BY fiscal_year",
				Integer.class);
		jdbc.update("DELETE FROM consolidated_figure");
		int written = 0;
		for (int year : years) {
			written += consolidate(year, AggregateProperties.WHOLE_DISTRICT, List.of());
			for (var group : properties.groups().entrySet()) {
				written += consolidate(year, group.getKey(), group.getValue());
			}
		}
		log.info("汇总: {} 个年度, {} 个部门组, {} 个汇总数", years.size(), properties.groups().size(), written);
		return written;
	}

	private int consolidate(int year, String group, List<String> members) {
		String only = members.isEmpty() ? ""
				: "AND d.name IN (" + String.join(", ", Collections.nCopies(members.size(), "?")) + ")";
		List<Object> args = new ArrayList<>(List.of(group, Timestamp.from(Instant.now()), year));
		args.addAll(members);
		return jdbc.update(INSERT.formatted(only), args.toArray());
	}

}
