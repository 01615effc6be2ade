package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.juesuan.etl.model.DepartmentYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The findings report's order (ERRORs first, then WARNING, INFO; by year, department
 * name, table, rule, row, storing order) however the departments are paged, against the
 * one query that orders them all.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:finding-query;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class FindingQueryIntegrationTests {

	private static final List<String> NAMES = List.of("乙局", "甲局", "丙街道办事处", "A中心", "丁局", "a中心", "戊所");

	@Autowired
	FindingQuery query;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	JdbcTemplate jdbc;

	final List<DepartmentYear> all = new ArrayList<>();

	@BeforeEach
	void findingsOfSevenDepartmentsInTwoYears() {
		EmptyStore.empty(jdbc);
		all.clear();
		Random random = new Random(11);
		String[] severities = { "INFO", "ERROR", "WARNING" };
		for (String name : NAMES) {
			long id = departments.idOf(name);
			for (int year : new int[] { 2023, 2024 }) {
				all.add(new DepartmentYear(id, name, year));
				for (int i = 0; i < 6; i++) {
					jdbc.update(
							"""
									INSERT INTO finding (department_id, fiscal_year, source, fingerprint, rule_id, severity, kind,
									  table_nos, row_ref, message, found_at) VALUES (?, ?, 'AUDIT', ?, ?, ?, 'CHECK', ?, ?, ?, ?)""",
							id, year, "%016d".formatted(random.nextInt(1_000_000)), "R" + random.nextInt(3),
							severities[random.nextInt(3)], String.valueOf(1 + random.nextInt(3)),
							"row " + random.nextInt(2), name + " " + year + " #" + i, Timestamp.from(Instant.now()));
				}
			}
		}
	}

	@Test
	void everyPagingGivesTheOrderOfOneQuery() {
		List<String> expected = oneQuery(Set.copyOf(all));
		assertThat(expected).hasSize(NAMES.size() * 2 * 6);
		for (int page : new int[] { 1, 2, 3, 200 }) {
			assertThat(messages(all, page)).as("pages of %d", page).isEqualTo(expected);
		}
	}

	@Test
	void onlyTheScopesDepartmentYearsAreRead() {
		List<DepartmentYear> scope = all.stream()
			.filter(d -> d.year() == 2024 || d.department().contains("局"))
			.toList();
		List<String> expected = oneQuery(Set.copyOf(scope));
		assertThat(expected).hasSizeLessThan(NAMES.size() * 2 * 6).isNotEmpty();
		assertThat(messages(scope, 2)).isEqualTo(expected);
	}

	private List<String> messages(List<DepartmentYear> scope, int page) {
		List<String> messages = new ArrayList<>();
		query.forEach(scope, row -> messages.add(row.message()), page);
		return messages;
	}

	/**
	 * The oracle: every finding in one ordered query, those outside the scope passed
	 * over.
	 */
	private List<String> oneQuery(Set<DepartmentYear> scope) {
		List<String> messages = new ArrayList<>();
		jdbc.query("""
				SELECT d.id, d.name, f.fiscal_year, f.message FROM finding f JOIN department d ON d.id = f.department_id
				ORDER BY CASE f.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, f.fiscal_year, d.name,
				  f.table_nos, f.rule_id, f.row_ref, f.id""", rs -> {
			if (scope.contains(new DepartmentYear(rs.getLong(1), rs.getString(2), rs.getInt(3)))) {
				messages.add(rs.getString(4));
			}
		});
		return messages;
	}

}
