package org.juesuan.etl.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.LoadedFile;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.model.RowShape;
import org.juesuan.etl.template.SetChoice;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages saved from several threads at once (the ingest step stores each package on the
 * thread that read it): departments met for the first time by two packages (two years) at
 * once, classification codes new to the store in every package, and the replacement of
 * departments' rows side by side all load, none is rejected, nothing is stored twice.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:store-concurrent;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class ConcurrentSaveIntegrationTests {

	private static final int DEPARTMENTS = 12;

	private static final int ROWS = 60;

	@Autowired
	PackageStore store;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		EmptyStore.empty(jdbc);
	}

	@Test
	void packagesSavedAtOnceAllLoadOnce() throws Exception {
		List<ParsedPackage> packages = new ArrayList<>();
		for (int d = 0; d < DEPARTMENTS; d++) {
			for (int year = 2023; year <= 2024; year++) {
				packages.add(pkg("部门" + d, year, d));
			}
		}

		saveAtOnce(packages, "run1");
		saveAtOnce(packages, "run2"); // replaces every department-year side by side

		assertThat(count("SELECT COUNT(*) FROM department")).isEqualTo(DEPARTMENTS);
		assertThat(count("SELECT COUNT(*) FROM package_load WHERE status = 'LOADED'")).isEqualTo(2 * packages.size());
		assertThat(count("SELECT COUNT(*) FROM package_load WHERE status <> 'LOADED'")).isZero();
		assertThat(count("SELECT COUNT(*) FROM figure")).isEqualTo(packages.size() * ROWS);
		assertThat(count("SELECT COUNT(*) FROM table_instance")).isEqualTo(packages.size());
		// codes shared by every department, and one of each department's own
		assertThat(count("SELECT COUNT(*) FROM classification")).isEqualTo(ROWS - 1 + DEPARTMENTS);
		assertThat(count("SELECT COUNT(DISTINCT code) FROM classification")).isEqualTo(ROWS - 1 + DEPARTMENTS);
	}

	private void saveAtOnce(List<ParsedPackage> packages, String runId) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> saved = new ArrayList<>();
			for (ParsedPackage pkg : packages) {
				saved.add(pool.submit(() -> {
					start.await();
					store.save(pkg, runId);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : saved) {
				f.get(); // an exception in any save fails the test
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * One table of {@code ROWS} figures: codes every department has, and the last row a
	 * code of this department alone.
	 */
	private static ParsedPackage pkg(String dept, int year, int index) {
		PackageRef ref = new PackageRef(year, dept, Path.of("input"), Path.of("input/" + year + "/" + dept), List.of());
		List<Figure> figures = new ArrayList<>();
		for (int r = 0; r < ROWS; r++) {
			String code = r == ROWS - 1 ? String.valueOf(3010000 + index) : String.valueOf(2010100 + r);
			BigDecimal amount = BigDecimal.valueOf(100 + r + index);
			figures.add(new Figure(3, r + 5, code, "科目" + code, "基本支出", amount, amount, 2, "元", "f.xlsx", "T3",
					"D" + (r + 5)));
		}
		ParsedTable table = new ParsedTable(3, 3, "支出决算表", "f.xlsx", "T3", "元", RowShape.FUNCTIONAL, false, null, dept,
				year, figures);
		return new ParsedPackage(ref, new SetChoice(Templates.SICHUAN, 1, 1.0, "test", List.of()),
				List.of(new LoadedFile("f.xlsx", "0".repeat(64), 10)), List.of(table), List.of(), null);
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
