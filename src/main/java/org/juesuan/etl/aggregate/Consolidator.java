package org.juesuan.etl.aggregate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.juesuan.etl.store.InLists;
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

	/**
	 * Departments whose figures are read at a time. MySQL's driver holds a result whole
	 * (and H2 holds a sorted one): at 100 departments, some 56,000 figures of the
	 * generated district; a heap sample while the consolidation of 5,000 departments ran
	 * on MariaDB (beside the report step) held 302,000 of the driver's rows. At 20, a
	 * fifth of a page, for a few more queries.
	 */
	static final int PAGE = 20;

	private static final String FIGURES = """
			SELECT department_id, fiscal_year, table_no, row_no, row_code, row_label, column_name, amount_yuan
			FROM figure WHERE department_id IN (%s) ORDER BY department_id""";

	private static final String INSERT = """
			INSERT INTO consolidated_figure (fiscal_year, group_name, table_no, row_no, row_code, row_label, column_name,
			  amount_yuan, department_count, error_department_count, refreshed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * A consolidated figure's identity: a coded row by its code, a fixed row by its
	 * label.
	 */
	private record Key(int year, String group, int tableNo, String row, String column) {
	}

	private final JdbcTemplate jdbc;

	private final AggregateProperties properties;

	Consolidator(JdbcTemplate jdbc, AggregateProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Recomputes every stored year; returns the number of consolidated figures written.
	 * The figures are read a page of departments at a time and summed here, each
	 * department's together, so that what is held is the consolidation, whatever the
	 * number of departments (a database's GROUP BY with COUNT(DISTINCT) kept a set of
	 * departments per row, as large as the figures).
	 */
	@Transactional
	public int refresh() {
		Map<Long, List<String>> scopes = scopes();
		Set<List<Long>> withErrors = new HashSet<>();
		jdbc.query("SELECT DISTINCT department_id, fiscal_year FROM finding WHERE severity = 'ERROR'", rs -> {
			withErrors.add(List.of(rs.getLong(1), rs.getLong(2)));
		});
		Map<Key, ConsolidatedSum> sums = new HashMap<>();
		List<Long> departments = new ArrayList<>(scopes.keySet());
		for (List<Long> page : InLists.pages(departments, PAGE)) {
			jdbc.query(FIGURES.formatted(InLists.placeholders(page.size())), rs -> {
				long department = rs.getLong(1);
				int year = rs.getInt(2);
				String code = rs.getString(5);
				String label = rs.getString(6);
				boolean errors = withErrors.contains(List.of(department, (long) year));
				for (String group : scopes.get(department)) {
					sums.computeIfAbsent(
							new Key(year, group, rs.getInt(3), code != null ? code : label, rs.getString(7)),
							k -> new ConsolidatedSum())
						.add(department, errors, rs.getInt(4), code, label, rs.getBigDecimal(8));
				}
			}, page.toArray());
		}
		jdbc.update("DELETE FROM consolidated_figure");
		int written = insert(sums);
		long years = sums.keySet().stream().map(Key::year).distinct().count();
		log.info("汇总: {} 个年度, {} 个部门组, {} 个汇总数", years, properties.groups().size(), written);
		return written;
	}

	/**
	 * Every department's scopes: the whole district and each group that lists it, in
	 * configuration order.
	 */
	private Map<Long, List<String>> scopes() {
		Map<Long, List<String>> scopes = new LinkedHashMap<>();
		jdbc.query("SELECT id, name FROM department ORDER BY id", rs -> {
			List<String> groups = new ArrayList<>(List.of(AggregateProperties.WHOLE_DISTRICT));
			String name = rs.getString(2);
			properties.groups().forEach((group, members) -> {
				if (members.contains(name)) {
					groups.add(group);
				}
			});
			scopes.put(rs.getLong(1), groups);
		});
		return scopes;
	}

	/** Writes the sums by year, scope, table and row, as the outputs list them. */
	private int insert(Map<Key, ConsolidatedSum> sums) {
		List<String> groups = new ArrayList<>(List.of(AggregateProperties.WHOLE_DISTRICT));
		groups.addAll(properties.groups().keySet());
		List<Map.Entry<Key, ConsolidatedSum>> rows = new ArrayList<>(sums.entrySet());
		rows.sort(Comparator.comparing((Map.Entry<Key, ConsolidatedSum> e) -> e.getKey().year())
			.thenComparing(e -> groups.indexOf(e.getKey().group()))
			.thenComparing(e -> e.getKey().tableNo())
			.thenComparing(e -> e.getValue().rowNo())
			.thenComparing(e -> e.getKey().row())
			.thenComparing(e -> e.getKey().column()));
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.batchUpdate(INSERT, rows, 1000, (ps, e) -> {
			Key key = e.getKey();
			ConsolidatedSum sum = e.getValue();
			ps.setInt(1, key.year());
			ps.setString(2, key.group());
			ps.setInt(3, key.tableNo());
			ps.setInt(4, sum.rowNo());
			ps.setString(5, sum.rowCode());
			ps.setString(6, sum.rowLabel());
			ps.setString(7, key.column());
			ps.setBigDecimal(8, sum.amount());
			ps.setInt(9, sum.departments());
			ps.setInt(10, sum.errorDepartments());
			ps.setTimestamp(11, now);
		});
		return rows.size();
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

}
