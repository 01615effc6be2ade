package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.etl.generate.DepartmentPackage;
import org.juesuan.etl.generate.ExpectedFigure;
import org.juesuan.etl.generate.LayoutOptions;
import org.juesuan.etl.generate.PackageLayout;
import org.juesuan.etl.generate.PackageWriter;
import org.juesuan.etl.generate.PlacedFigure;
import org.juesuan.etl.generate.RenderedPackage;
import org.juesuan.etl.generate.SampleDepartments;
import org.juesuan.etl.store.ExplanationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit on real workbooks: a clean package with one planted error per rule family
 * gets exactly the findings those errors imply (with their cells), explanations survive
 * re-imports and are kept as history when the finding goes, and this year's opening
 * balances are checked against last year's closing ones.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.output=target/test-output",
		"spring.datasource.url=jdbc:h2:mem:audit-functional;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class AuditFunctionalTests extends ImportFunctionalTest {

	@Autowired
	ExplanationStore explanations;

	@TempDir
	Path input;

	private final DepartmentPackage egov = SampleDepartments.eGovCentre()
		.withLayout(PackageLayout.singleWorkbook(LayoutOptions.DEFAULT));

	@Test
	void onePlantedErrorPerFamilyGivesExactlyItsFindings() throws Exception {
		RenderedPackage rendered = write(egov, 2024);
		Path book = workbook(rendered, 2024);
		plant(book, rendered, 1, null, "结余分配", "金额", 1.00); // t1-total
		plant(book, rendered, 3, "2013701", null, "上缴上级支出", 1.00); // row-sums (and the 款
																	// above it)
		plant(book, rendered, 8, "30101", null, "决算数", 40.00); // hierarchy (T8 301 ≠ Σ款)
		plant(book, rendered, 1, "221", null, "金额", 14.61); // cross-table (T3 vs T1
															// class) and T1 class sum
		plant(book, rendered, 13, null, "合计", "预算数", 1.00); // three-public
		plant(book, rendered, 8, null, "人员经费合计", "决算数", 184.79); // basic-expenditure (T8
																	// totals, T6 vs T8)

		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(jdbc.queryForList(
				"SELECT rule_id || ' ' || row_ref || ' ' || column_name FROM v_finding WHERE severity = 'ERROR'",
				String.class))
			.containsExactlyInAnyOrder("T1.expenditure-grand-total 支出总计 金额", "T3.row-sum 2013701 本年支出合计",
					"T3.hierarchy 20137 上缴上级支出", "T8.hierarchy 301 决算数", "T3~T1.class 221 本年支出合计",
					"T1.expenditure-sum 本年支出合计 金额", "T13.total 合计 预算数", "T8.personnel 人员经费合计 决算数",
					"T6~T8.basic 合计 基本支出");
		String t8 = rendered.table(8).sheet();
		assertThat(jdbc.queryForObject(
				"SELECT location FROM v_finding WHERE rule_id = 'T8.hierarchy' AND severity = 'ERROR'", String.class))
			.startsWith(t8 + "!" + cell(rendered, 8, "301", null, "决算数") + "; ")
			.contains(t8 + "!" + cell(rendered, 8, "30101", null, "决算数"));
		assertThat(jdbc.queryForObject("SELECT message FROM v_finding WHERE rule_id = 'T13.total'", String.class))
			.isEqualTo("财政拨款“三公”经费支出决算表 合计：预算数 1.00 万元 ≠ 因公出国（境）费 0.00 + 公务用车购置及运行维护费 0.00 + 公务接待费 0.00，差 1.00 万元");
		assertThat(jdbc.queryForList("SELECT severity FROM v_finding WHERE rule_id LIKE 'package.%'", String.class))
			.isEmpty();
	}

	@Test
	void anExplanationStaysAcrossReimportsAndIsKeptAsHistoryWhenTheFindingGoes() throws Exception {
		RenderedPackage rendered = write(egov, 2024);
		plant(workbook(rendered, 2024), rendered, 13, null, "合计", "预算数", 1.00);
		launcher.run(ImportParameters.of(input, null, null));
		String fingerprint = jdbc.queryForObject("SELECT fingerprint FROM v_finding WHERE rule_id = 'T13.total'",
				String.class);

		assertThat(explanations.explain(fingerprint, "预算数含追加的公务接待预算，分项未调整")).contains("三公");
		launcher.run(ImportParameters.of(input, null, null));
		assertThat(jdbc.queryForObject("SELECT explanation FROM v_finding WHERE fingerprint = ?", String.class,
				fingerprint))
			.isEqualTo("预算数含追加的公务接待预算，分项未调整");

		write(egov, 2024);
		launcher.run(ImportParameters.of(input, null, null));
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM v_finding WHERE fingerprint = ?", Integer.class, fingerprint))
			.isZero();
		assertThat(jdbc.queryForMap("SELECT explanation, resolved_at FROM v_explanation_history WHERE fingerprint = ?",
				fingerprint))
			.satisfies(h -> assertThat(h.values()).doesNotContainNull());
	}

	@Test
	void openingBalancesAreCheckedAgainstLastYearsClosingBalances() throws Exception {
		RenderedPackage previous = write(egov, 2023);
		plant(workbook(previous, 2023), previous, 1, null, "年末结转和结余", "金额", 0.10);
		plant(workbook(previous, 2023), previous, 1, null, "支出总计", "金额", 412.01);
		plant(workbook(previous, 2023), previous, 1, null, "收入总计", "金额", 412.01);
		plant(workbook(previous, 2023), previous, 1, null, "年初结转和结余", "金额", 0.10);
		write(egov, 2024);

		launcher.run(ImportParameters.of(input, null, null));

		assertThat(jdbc.queryForList("SELECT message FROM v_finding WHERE year = 2024 AND kind = 'year-over-year'",
				String.class))
			.singleElement()
			.asString()
			.isEqualTo("收入支出决算总表 年初结转和结余：金额 0.08 万元 ≠ 上年年末结转和结余 0.10，差 -0.02 万元");
		assertThat(jdbc.queryForList("SELECT rule_id FROM v_finding WHERE year = 2023 AND kind = 'year-over-year'",
				String.class))
			.isEmpty();
	}

	@Test
	void loadingLastYearAfterThisYearRechecksThisYearsOpeningBalances() throws Exception {
		write(egov, 2024);
		launcher.run(ImportParameters.of(input, 2024, null));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_finding WHERE kind = 'year-over-year'", Integer.class))
			.isZero();

		RenderedPackage previous = write(egov, 2023);
		plant(workbook(previous, 2023), previous, 1, null, "年末结转和结余", "金额", 0.10);
		launcher.run(ImportParameters.of(input, 2023, null));

		assertThat(jdbc.queryForList("SELECT year FROM v_finding WHERE kind = 'year-over-year'", Integer.class))
			.containsExactly(2024);
	}

	private RenderedPackage write(DepartmentPackage pkg, int year) throws Exception {
		Path folder = input.resolve(String.valueOf(year)).resolve(pkg.department());
		if (Files.exists(folder)) {
			try (var files = Files.list(folder)) {
				for (Path p : (Iterable<Path>) files::iterator) {
					Files.delete(p);
				}
			}
		}
		return PackageWriter.write(pkg, folder);
	}

	private Path workbook(RenderedPackage rendered, int year) {
		return input.resolve(String.valueOf(year)).resolve(rendered.department()).resolve(rendered.fileOf(1));
	}

	private static String cell(RenderedPackage rendered, int table, String code, String label, String column) {
		return rendered.table(table)
			.placed()
			.stream()
			.map(PlacedFigure::figure)
			.filter(f -> matches(f, code, label, column))
			.findFirst()
			.map(f -> rendered.table(table)
				.placed()
				.stream()
				.filter(p -> p.figure() == f)
				.findFirst()
				.orElseThrow()
				.cell())
			.orElseThrow(() -> new AssertionError("no " + code + "/" + label + "/" + column + " in table " + table));
	}

	private static boolean matches(ExpectedFigure f, String code, String label, String column) {
		return column.equals(f.columnName())
				&& (code != null ? code.equals(f.rowCode()) : f.rowCode() == null && label.equals(f.rowLabel()));
	}

	/** Overwrites one placed figure with a value in the table's unit. */
	private static void plant(Path book, RenderedPackage rendered, int table, String code, String label, String column,
			double value) throws Exception {
		CellReference ref = new CellReference(cell(rendered, table, code, label, column));
		Workbook wb;
		try (InputStream in = Files.newInputStream(book)) {
			wb = new XSSFWorkbook(in);
		}
		Sheet sheet = wb.getSheet(rendered.table(table).sheet());
		Row row = sheet.getRow(ref.getRow());
		Cell c = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
		c.setCellValue(value);
		try (OutputStream out = Files.newOutputStream(book)) {
			wb.write(out);
		}
		wb.close();
	}

}
