package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.juesuan.etl.JuesuanEtlApplication;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it: import, query (table and CSV), check, explain, and
 * their exit codes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineFunctionalTests {

	@TempDir
	static Path output;

	private String stdout;

	private int run(String... args) {
		String[] all = Stream.concat(Stream.of(args),
				Stream.of(
						"--spring.datasource.url=jdbc:h2:mem:cli-functional;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE",
						"--juesuan.output=" + output))
			.toArray(String[]::new);
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			return JuesuanEtlApplication.run(all);
		}
		finally {
			System.setOut(original);
			stdout = captured.toString(StandardCharsets.UTF_8);
		}
	}

	@Test
	@Order(1)
	void importLoadsTheSampleInput() {
		assertThat(run("import", "--input", "input")).isZero();
		assertThat(run("query", "SELECT department, income_total_yuan FROM v_department_summary ORDER BY department",
				"--format", "csv"))
			.isZero();
		assertThat(stdout.lines()).first().isEqualTo("department,income_total_yuan");
		assertThat(stdout.lines().count()).isEqualTo(5);
	}

	@Test
	@Order(2)
	void queryPrintsATableAndRefusesToWrite() {
		assertThat(run("query", "SELECT COUNT(DISTINCT table_no) AS tables FROM v_figure")).isZero();
		assertThat(stdout).contains("tables").contains("13").contains("(1 rows)");
		assertThat(run("query", "DELETE FROM figure")).isEqualTo(1);
		assertThat(run("query", "SELECT COUNT(*) FROM figure")).as("a base table, not a view").isEqualTo(1);
		assertThat(run("query", "SELECT table_no FROM v_figure", "--format", "csv", "--juesuan.query.max-rows=3"))
			.isZero();
		assertThat(stdout.lines().count()).as("header and the first 3 rows").isEqualTo(4);
	}

	@Test
	@Order(2)
	void grantReaderGrantsTheViewsOnly() {
		assertThat(run("grant-reader")).isZero();
		assertThat(stdout).contains("juesuan_reader")
			.containsIgnoringCase("v_figure")
			.containsIgnoringCase("v_narrative_report")
			.doesNotContainIgnoringCase("package_load");
	}

	@Test
	@Order(3)
	void checkWritesTheFindingsReports() throws Exception {
		assertThat(run("check", "--year", "2024")).isZero();
		try (Stream<Path> runs = Files.list(output)) {
			assertThat(runs
				.filter(p -> Files.exists(p.resolve("findings.xlsx")) && Files.exists(p.resolve("findings.csv"))))
				.isNotEmpty();
		}
	}

	@Test
	@Order(4)
	void explainAttachesToAKnownFingerprintOnly() {
		assertThat(run("explain", "0000000000000000", "无此发现")).isEqualTo(1);
		run("query", "SELECT fingerprint FROM v_finding ORDER BY fingerprint", "--format", "csv");
		String fingerprint = stdout.lines().skip(1).findFirst().orElseThrow();
		assertThat(run("explain", fingerprint, "四舍五入差异，已核对")).isZero();
		run("query", "SELECT explanation FROM v_finding WHERE fingerprint = '" + fingerprint + "'", "--format", "csv");
		assertThat(stdout).contains("四舍五入差异，已核对");
	}

	@Test
	@Order(5)
	void aSecondRunOnTheSameStoreIsRefusedWithExitCode3() throws Exception {
		try (var con = java.sql.DriverManager.getConnection("jdbc:h2:mem:cli-functional;NON_KEYWORDS=YEAR,VALUE", "sa",
				""); var st = con.createStatement()) {
			st.execute(
					"INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) VALUES ('store', 'import 1@elsewhere', NOW(), NOW())");
			assertThat(run("import", "--input", "input")).isEqualTo(3);
			assertThat(run("check")).isEqualTo(3);
			assertThat(run("export", "--out", output.resolve("export").toString())).isEqualTo(3);
			st.execute("DELETE FROM run_lock");
		}
		assertThat(run("check")).isZero();
	}

	@Test
	@Order(5)
	void scheduleImportsAtTheCronTimes() {
		assertThat(run("schedule", "--input", "input", "--cron", "* * * * * *", "--runs", "1")).isZero();
		assertThat(run("schedule", "--cron", "every night")).isEqualTo(64);
	}

	@Test
	@Order(5)
	void exportWritesTheYearsOutputsAndRefusesAnUnknownGroup(@TempDir Path out) throws Exception {
		assertThat(run("export", "--year", "2024", "--out", out.toString())).isZero();

		assertThat(out.resolve("district-2024.xlsx")).isNotEmptyFile();
		assertThat(out.resolve("departments-2024.csv")).isNotEmptyFile();
		assertThat(out.resolve("departments-2024.xlsx")).isNotEmptyFile();
		assertThat(out.resolve("findings-2024.csv")).isNotEmptyFile();
		assertThat(out.resolve("findings-2024.xlsx")).isNotEmptyFile();
		assertThat(out.resolve("report-2024.html")).isNotEmptyFile();
		assertThat(output.resolve("2024").resolve("report-2024.html")).as("the import refreshed the year's picture")
			.exists();
		assertThat(run("export", "--group", "无此组")).isEqualTo(1);
		assertThat(run("export", "--year", "1999")).isEqualTo(1);
		try (var con = java.sql.DriverManager.getConnection("jdbc:h2:mem:cli-functional;NON_KEYWORDS=YEAR,VALUE", "sa",
				""); var st = con.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM run_lock")) {
			rs.next();
			assertThat(rs.getInt(1)).as("every export released the store's lock").isZero();
		}
	}

	@Test
	@Order(5)
	void consoleAnswersStatementsFromItsInputAndRefusesWrites() {
		java.io.InputStream original = System.in;
		System.setIn(
				new java.io.ByteArrayInputStream(("SELECT COUNT(DISTINCT department) AS n\nFROM v_department_summary;\n"
						+ "DELETE FROM figure;\n\\q\nSELECT 1;\n")
					.getBytes(StandardCharsets.UTF_8)));
		try {
			assertThat(run("console")).isZero();
		}
		finally {
			System.setIn(original);
		}
		assertThat(stdout).contains("(1 rows)").contains("错误：");
		assertThat(stdout.lines().filter(l -> l.strip().equals("4"))).hasSize(1);
		assertThat(stdout).doesNotContain("SELECT 1");
	}

	@Test
	@Order(6)
	void badUsageAndMissingInputHaveTheirExitCodes() {
		assertThat(run("import", "--input", "no-such-folder")).isEqualTo(1);
		assertThat(run("frobnicate")).isEqualTo(64);
	}

}
