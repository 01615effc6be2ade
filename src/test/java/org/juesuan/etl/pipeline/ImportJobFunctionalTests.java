package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.generate.DepartmentPackage;
import org.juesuan.etl.generate.ExpectedFigure;
import org.juesuan.etl.generate.SampleDepartments;
import org.juesuan.etl.generate.corpus.NationalSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole import job on the committed sample input: every department loads with the key
 * totals its tables print, every figure the generator placed is in {@code v_figure}, a
 * second run changes nothing, a bad package beside good ones is rejected with its reason
 * while the others load, and the clean samples give no ERROR or WARNING.
 * {@link ImportJobMariaDbFunctionalTests} runs the same against MariaDB.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:import-functional;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class ImportJobFunctionalTests extends ImportFunctionalTest {

	static final Path SAMPLE_INPUT = Path.of("input");

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("juesuan.output", () -> output.toString());
	}

	@Test
	void loadsEverySampleDepartmentWithItsKeyTotals() throws Exception {
		ImportParameters run = ImportParameters.of(SAMPLE_INPUT, null, null);

		assertThat(launcher.run(run)).isEqualTo(ImportLauncher.OK);

		for (DepartmentPackage pkg : SampleDepartments.all()) {
			Map<String, Object> summary = jdbc.queryForMap("SELECT * FROM v_department_summary WHERE department = ?",
					pkg.department());
			assertThat(amount(summary, "income_total_yuan")).isEqualByComparingTo(expected(pkg, 1, "本年收入合计", "金额"));
			assertThat(amount(summary, "expenditure_total_yuan"))
				.isEqualByComparingTo(expected(pkg, 1, "本年支出合计", "金额"));
			assertThat(amount(summary, "basic_yuan")).isEqualByComparingTo(expected(pkg, 3, "合计", "基本支出"));
			assertThat(amount(summary, "project_yuan")).isEqualByComparingTo(expected(pkg, 3, "合计", "项目支出"));
			assertThat(amount(summary, "personnel_yuan")).isEqualByComparingTo(expected(pkg, 8, "人员经费合计", "决算数"));
			assertThat(amount(summary, "public_funds_yuan")).isEqualByComparingTo(expected(pkg, 8, "公用经费合计", "决算数"));
			assertThat(amount(summary, "three_public_yuan")).isEqualByComparingTo(expected(pkg, 13, "合计", "决算数"));
			assertThat(count("SELECT COUNT(*) FROM v_figure WHERE department = ?", pkg.department()))
				.isEqualTo(pkg.describe().allFigures().size());
			assertThat(count("SELECT COUNT(DISTINCT table_no) FROM v_figure WHERE department = ?", pkg.department()))
				.isEqualTo(13);
		}
		String national = NationalSample.name();
		assertThat(jdbc.queryForObject(
				"SELECT template_set FROM package_load WHERE department_id = (SELECT id FROM department WHERE name = ?)",
				String.class, national))
			.isEqualTo("national-2024");
		assertThat(count("SELECT COUNT(DISTINCT table_no) FROM v_figure WHERE department = ?", national)).isEqualTo(9);
		assertThat(
				jdbc.queryForObject("SELECT part FROM v_narrative_report WHERE department = ?", String.class, national))
			.isEqualTo("第三部分");
		assertThat(count(
				"SELECT COUNT(*) FROM v_finding WHERE severity IN ('ERROR', 'WARNING') AND rule_id NOT LIKE 'N.%'"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM v_finding WHERE severity IN ('ERROR', 'WARNING') AND department <> ?",
				SampleDepartments.eGovCentre().department()))
			.as("the generated narratives reconcile")
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM v_claim")).isGreaterThan(400);
		assertThat(Files.readAllBytes(output.resolve(run.runId()).resolve("findings.csv"))).startsWith(0xEF, 0xBB,
				0xBF);
		assertThat(output.resolve(run.runId()).resolve("findings.xlsx")).exists();
	}

	@Test
	void aSecondRunLeavesTheSameRowsAndValues() throws Exception {
		launcher.run(ImportParameters.of(SAMPLE_INPUT, null, null));
		List<Map<String, Object>> first = snapshot();

		assertThat(launcher.run(ImportParameters.of(SAMPLE_INPUT, null, null).readingAll()))
			.isEqualTo(ImportLauncher.OK);

		assertThat(snapshot()).isEqualTo(first);
		assertThat(count("SELECT COUNT(*) FROM package_load")).isEqualTo(8);
	}

	@Test
	void aBadPackageIsRejectedWithItsReasonAndTheOthersLoad(@TempDir Path input) throws Exception {
		copy(SAMPLE_INPUT, input);
		Path broken = Files.createDirectories(input.resolve("2024/攀枝花市东区坏数据局"));
		Files.writeString(broken.resolve("决算表.xlsx"), "not a workbook");

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.REJECTIONS);

		assertThat(count("SELECT COUNT(*) FROM v_department_summary")).isEqualTo(4);
		assertThat(jdbc.queryForObject("SELECT reason FROM package_load WHERE status = 'REJECTED'", String.class))
			.contains("决算表.xlsx");
		assertThat(jdbc.queryForObject("SELECT message FROM v_finding WHERE department = '攀枝花市东区坏数据局'", String.class))
			.contains("决算表.xlsx");
	}

	@Test
	void anUnreadableNarrativeOrAnAmountTooLargeToStoreStopsNoOneElse(@TempDir Path input) throws Exception {
		copy(SAMPLE_INPUT, input);
		Path education = input.resolve("2024").resolve(SampleDepartments.educationBureau().department());
		Path garbled = Files.createDirectories(input.resolve("2024/攀枝花市东区说明损坏局"));
		try (var files = Files.list(education)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				if (p.toString().endsWith(".xls")) {
					Files.copy(p, garbled.resolve(p.getFileName()));
				}
			}
		}
		Files.writeString(garbled.resolve("编制说明.docx"), "not a zip");
		Path oversized = Files.createDirectories(input.resolve("2024/攀枝花市东区超大金额局"));
		Path book = Files.copy(education.resolve("公开03表 支出决算表.xls"), oversized.resolve("公开03表 支出决算表.xls"));
		try (var in = Files.newInputStream(book); var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
			org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				for (org.apache.poi.ss.usermodel.Cell cell : row) {
					boolean amount = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
							&& cell.getNumericCellValue() > 100000
							|| cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
									&& cell.getStringCellValue().matches("[\\d,]{7,}\\.\\d\\d");
					if (amount) {
						cell.setCellValue(1.2e20);
					}
				}
			}
			try (var out = Files.newOutputStream(book)) {
				wb.write(out);
			}
		}

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(count("SELECT COUNT(*) FROM v_department_summary")).isEqualTo(6);
		assertThat(count(
				"SELECT COUNT(*) FROM v_finding WHERE rule_id = 'N.unreadable-narrative' AND department = '攀枝花市东区说明损坏局'"))
			.isEqualTo(1);
		assertThat(jdbc.queryForList(
				"SELECT message FROM v_finding WHERE department = '攀枝花市东区超大金额局' AND rule_id = 'ingest.unreadable-cell'",
				String.class))
			.isNotEmpty()
			.allSatisfy(m -> assertThat(m).contains("金额过大"));
		assertThat(count("SELECT COUNT(*) FROM v_claim WHERE department = ?",
				SampleDepartments.housingBureau().department()))
			.isGreaterThan(100);
	}

	@Test
	void importsOnlyTheDepartmentAsked() throws Exception {
		String one = SampleDepartments.eGovCentre().department();
		assertThat(launcher.run(ImportParameters.of(SAMPLE_INPUT, 2024, one))).isEqualTo(ImportLauncher.OK);
		assertThat(jdbc.queryForList("SELECT department FROM v_department_summary", String.class)).containsExactly(one);
	}

	private static BigDecimal expected(DepartmentPackage pkg, int table, String row, String column) {
		return pkg.describe()
			.figures(table)
			.stream()
			.filter(f -> (row.equals(f.rowLabel()) && f.rowCode() == null) && column.equals(f.columnName()))
			.map(ExpectedFigure::amountYuan)
			.findFirst()
			.orElseThrow()
			.setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal amount(Map<String, Object> row, String column) {
		return (BigDecimal) row.entrySet()
			.stream()
			.filter(e -> e.getKey().equalsIgnoreCase(column))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	private List<Map<String, Object>> snapshot() {
		return jdbc.queryForList(
				"""
						SELECT department, year, table_no, row_code, row_label, column_name, amount_yuan, published_unit, source_file, sheet, cell
						FROM v_figure ORDER BY department, table_no, source_file, sheet, cell, column_name""");
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	private static void copy(Path from, Path to) throws Exception {
		try (var paths = Files.walk(from)) {
			for (Path p : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
	}

}
