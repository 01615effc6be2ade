package org.juesuan.etl.aggregate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

	/**
	 * Whether the stored consolidation is still what {@link #refresh} would write after a
	 * run that stored no package: it holds the configured groups (the district and each
	 * group by name) and is not empty while figures are stored. A run that stored a
	 * package, loaded or rejected, changes figures or ERROR counts, so it always
	 * refreshes. A group whose members changed but not its name is refreshed by the next
	 * run that stores a package, or by {@code check} / {@code export}.
	 */
	public boolean upToDate(String runId) {
		Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM package_load WHERE run_id = ?", Integer.class,
				runId);
		if (stored == null || stored > 0) {
			return false;
		}
		Set<String> groups = new TreeSet<>(
				jdbc.queryForList("SELECT DISTINCT group_name FROM consolidated_figure", String.class));
		Set<String> configured = new TreeSet<>(properties.groups().keySet());
		configured.add(AggregateProperties.WHOLE_DISTRICT);
		boolean figures = Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM figure", Boolean.class));
		return figures ? groups.equals(configured) : groups.isEmpty();
	}

	private int consolidate(int year, String group, List<String> members) {
		String only = members.isEmpty() ? ""
				: "AND d.name IN (" + String.join(", ", Collections.nCopies(members.size(), "?")) + ")";
		List<Object> args = new ArrayList<>(List.of(group, Timestamp.from(Instant.now()), year));
		args.addAll(members);
		return jdbc.update(INSERT.formatted(only), args.toArray());
	}

}
