package org.juesuan.etl.ingest;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.etl.ingest.PackageFixture.table;
import static org.juesuan.etl.ingest.PackageFixture.yuan;

/**
 * What real departments' workbooks do that the templates do not describe: notes columns,
 * odd units, hidden sheets…
 */
class MessyWorkbookTests {

	@TempDir
	Path root;

	private static SheetFixture t3(String unitLine) {
		return SheetFixture.sheet("公开03表")
			.row("支出决算表")
			.row("部门：攀枝花市东区测试局", null, unitLine)
			.row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "备注")
			.row("合计", null, 3, 1, 2, "含追加预算")
			.row("201", "一般公共服务支出", 3, 1, 2, "见说明");
	}

	@Test
	void aNotesColumnIsNoAmountColumn() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t3.xlsx", t3("金额单位：万元"));
		assertThat(table(pkg, 3).figures()).hasSize(6);
		assertThat(pkg.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
	}

	@Test
	void renminbiYuanIsYuan() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t3.xlsx", t3("金额单位：人民币元"));
		assertThat(table(pkg, 3).unit()).isEqualTo("元");
		assertThat(yuan(table(pkg, 3), "201", "基本支出")).isEqualByComparingTo("1");
	}

	@Test
	void anUnknownUnitIsAnErrorAndNotAGuess() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t3.xlsx", t3("金额单位：千元"));
		assertThat(pkg.tables()).noneMatch(t -> t.tableNo() == 3);
		assertThat(pkg.findings()).anySatisfy(f -> {
			assertThat(f.ruleId()).isEqualTo("ingest.unit-unknown");
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.message()).contains("千元");
		});
	}

	@Test
	void aHiddenSheetIsNotRead() throws Exception {
		Path folder = Files.createDirectories(root.resolve("2024").resolve(PackageFixture.DEPT));
		Path file = SheetFixture.write(folder.resolve("t.xlsx"),
				SheetFixture.sheet("旧版")
					.row("支出决算表")
					.row("金额单位：万元")
					.row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")
					.row("201", "一般公共服务支出", 9, 9, 0),
				t3("金额单位：万元"));
		Workbook wb;
		try (var in = Files.newInputStream(file)) {
			wb = WorkbookFactory.create(in);
		}
		wb.setSheetHidden(0, true);
		try (OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
		ParsedPackage pkg = new PackageReader(Templates.ALL).read(PackageDiscovery.discover(root, 2024, null).get(0));
		assertThat(table(pkg, 3).sheet()).isEqualTo("公开03表");
		assertThat(pkg.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("ingest.sheet-hidden"));
	}

	@Test
	void aTitleFarBelowBlankRowsIsFound() throws Exception {
		SheetFixture sheet = SheetFixture.sheet("T3");
		for (int i = 0; i < 20; i++) {
			sheet.row();
		}
		sheet.row("支出决算表").row("金额单位：万元").row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出").row("201", "一般公共服务支出", 3, 1, 2);
		assertThat(yuan(table(PackageFixture.read(root, "t3.xlsx", sheet), 3), "201", "项目支出"))
			.isEqualByComparingTo("20000");
	}

	@Test
	void anAmountMergedOverTwoRowsIsCountedOnceAndReported() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t3.xlsx",
				SheetFixture.sheet("T3")
					.row("支出决算表")
					.row("金额单位：万元")
					.row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")
					.row("20137", "网信事务", 3, 1, 2)
					.row("2013701", "行政运行", 3, 1, 2)
					.merge("C4:C5"));
		assertThat(yuan(table(pkg, 3), "20137", "本年支出合计")).isEqualByComparingTo("30000");
		assertThat(pkg.findings()).anySatisfy(f -> {
			assertThat(f.ruleId()).isEqualTo("ingest.merged-amount");
			assertThat(f.location()).endsWith("T3!C5");
		});
	}

	@Test
	void aNumberInGeneralFormatWithoutDecimalsTakesTheTablesPrecision() {
		AmountParser parser = new AmountParser(Templates.SICHUAN.vocabulary().placeholders());
		assertThat(parser.parse(new GridCell("352", new java.math.BigDecimal("352"), -1, false, false)))
			.isEqualTo(new Amount.Value(new java.math.BigDecimal("352"), -1));
		assertThat(parser.parse(new GridCell("352.49", new java.math.BigDecimal("352.49"), -1, false, false)))
			.isEqualTo(new Amount.Value(new java.math.BigDecimal("352.49"), 2));
	}

}
