package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A 1,000,000-row sheet and a 100 MB narrative, each in its own department beside the
 * sample input, imported by a real process at {@code -Xmx512m}: the good departments
 * load, the huge sheet's package is rejected with its reason, the huge narrative is
 * reported unreadable, the run exits 2 and does not run out of memory.
 */
class HugeInputFunctionalTests {

	private static final String HUGE_SHEET = "攀枝花市东区百万行局";

	private static final String HUGE_NARRATIVE = "攀枝花市东区超长说明局";

	@TempDir
	static Path work;

	static Path input;

	@BeforeAll
	static void hugeDepartments() throws Exception {
		input = ChildImport.copySampleInput(work.resolve("input"));
		writeMillionRows(Files.createDirectories(input.resolve("2024").resolve(HUGE_SHEET)).resolve("决算表.xlsx"));
		Path narrative = Files.createDirectories(input.resolve("2024").resolve(HUGE_NARRATIVE));
		copyWorkbooksOf(input.resolve("2024/攀枝花市东区教育和体育局"), narrative);
		writeHundredMegabytes(narrative.resolve("2024年度部门决算公开编制说明.txt"));
	}

	/**
	 * The store the child process loads into: an H2 file here, a fresh MariaDB database
	 * in the subclass.
	 */
	protected String storeUrl() {
		return "jdbc:h2:file:" + work.resolve("db/juesuan").toAbsolutePath() + ";NON_KEYWORDS=YEAR,VALUE";
	}

	protected String storeUser() {
		return "sa";
	}

	@Test
	void theHugeOnesAreRejectedWithTheirReasonsAndTheGoodOnesLoad() throws Exception {
		String url = storeUrl();

		ChildImport run = ChildImport.start(work, url, storeUser(), "--input=" + input);
		int status = run.await(Duration.ofMinutes(5));

		assertThat(status).as(run.console()).isEqualTo(2);
		assertThat(run.console()).doesNotContain("OutOfMemoryError");
		try (SingleConnectionDataSource ds = new SingleConnectionDataSource(url, storeUser(), "", true)) {
			JdbcTemplate jdbc = new JdbcTemplate(ds);
			List<Map<String, Object>> loads = jdbc.queryForList(
					"SELECT d.name, p.status, p.reason FROM package_load p JOIN department d ON d.id = p.department_id");
			assertThat(loads).filteredOn(l -> "LOADED".equals(l.get("STATUS")))
				.extracting(l -> l.get("NAME"))
				.contains(HUGE_NARRATIVE)
				.hasSize(5);
			assertThat(loads).filteredOn(l -> HUGE_SHEET.equals(l.get("NAME")))
				.singleElement()
				.satisfies(l -> assertThat(l.get("STATUS")).isEqualTo("REJECTED"))
				.satisfies(l -> assertThat((String) l.get("REASON")).contains("决算表.xlsx"));
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM v_finding WHERE rule_id = 'N.unreadable-narrative' AND department = ?",
					Integer.class, HUGE_NARRATIVE))
				.isEqualTo(1);
		}
	}

	/** 1,000,000 rows streamed to disk: the test keeps 100 rows in memory. */
	private static void writeMillionRows(Path file) throws Exception {
		try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			book.setCompressTempFiles(true);
			Sheet sheet = book.createSheet("公开03表");
			sheet.createRow(0).createCell(0).setCellValue("支出决算表");
			for (int r = 1; r < 1_000_000; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("2080505");
				row.createCell(1).setCellValue(r * 1.25);
			}
			book.write(out);
			book.dispose();
		}
	}

	private static void writeHundredMegabytes(Path file) throws Exception {
		String line = "一、收入支出决算总体情况说明：2024年度收入总计 411.91 万元，支出总计 411.91 万元。\n";
		long lines = 100L * 1024 * 1024 / line.getBytes(StandardCharsets.UTF_8).length + 1;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (long i = 0; i < lines; i++) {
				out.write(line);
			}
		}
	}

	private static void copyWorkbooksOf(Path department, Path to) throws Exception {
		try (var files = Files.list(department)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				if (p.toString().endsWith(".xls") || p.toString().endsWith(".xlsx")) {
					Files.copy(p, to.resolve(p.getFileName()));
				}
			}
		}
	}

}
