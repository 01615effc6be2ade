package org.juesuan.etl.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.etl.ingest.PackageFixture.figure;
import static org.juesuan.etl.ingest.PackageFixture.table;
import static org.juesuan.etl.ingest.PackageFixture.yuan;

/**
 * Tables whose rows are functional codes (T2, T3, T6): code layouts, total position,
 * units, amounts.
 */
class CodedTableParsingTests {

	@TempDir
	Path root;

	@ParameterizedTest
	@ValueSource(strings = { "t3.xlsx", "t3.xls" })
	void readsSingleCodeColumnWithTotalFirstAndColumnNumbers(String file) throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, file,
				SheetFixture.sheet("公开03表")
					.row(null, null, null, null, null, "公开03表")
					.row("支出决算表")
					.row("部门：攀枝花市东区测试局", null, null, null, null, "金额单位：万元")
					.row("项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
					.row("科目编码", "科目名称")
					.row("栏次", null, 1, 2, 3, 4, 5, 6)
					.row("合计", null, 411.91, 199.81, 212.10, 0, 0, 0)
					.row("201", "一般公共服务支出", 352.48, 140.37, 212.11, null, null, null)
					.row("20137", "  网信事务", 352.48, 140.37, 212.11)
					.row("2013701", "    行政运行", 125.55, 125.55, 0)
					.row("注：本表反映部门本年度各项支出情况。")
					.merge("A4:B4")
					.merge("C4:C5")
					.merge("D4:D5")
					.merge("E4:E5")
					.merge("F4:F5")
					.merge("G4:G5")
					.merge("H4:H5")
					.merge("A7:B7"));

		ParsedTable t3 = table(pkg, 3);
		assertThat(t3.unit()).isEqualTo("万元");
		assertThat(t3.rowShape().code()).isEqualTo("functional");
		assertThat(yuan(t3, "合计", "本年支出合计")).isEqualByComparingTo("4119100");
		assertThat(yuan(t3, "2013701", "基本支出")).isEqualByComparingTo("1255500");
		assertThat(yuan(t3, "201", "经营支出")).isEqualByComparingTo("0");
		assertThat(figure(t3, "20137", "基本支出").rowLabel()).isEqualTo("网信事务");
		assertThat(figure(t3, "2013701", "项目支出").cell()).isEqualTo("E10");
		assertThat(t3.figures()).hasSize(4 * 6);
		assertThat(t3.statedDepartment()).isEqualTo("攀枝花市东区测试局");
		assertThat(pkg.findings())
			.noneMatch(f -> f.ruleId().startsWith("ingest.unknown") || f.severity() == Severity.ERROR);
	}

	@Test
	void readsSplitCodesTotalLastYuanUnitTextAmountsAndPlaceholders() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t6.xlsx",
				SheetFixture.sheet("Sheet1")
					.row("2024年度一般公共预算财政拨款支出决算表")
					.row("编制单位：攀枝花市东区测试局", null, null, null, null, "单位：元")
					.row("科目编码", null, null, "科目名称", "本年支出")
					.row("类", "款", "项", null, "小计", "基本支出", "项目支出")
					.row("201", null, null, "一般公共服务支出", "2,946.25", "1,000.25", "1,946.00")
					.row(null, "37", null, "网信事务", "2,946.25", "1,000.25", "1,946.00")
					.row(null, null, 1, "行政运行", "1,000.25", "1,000.25", "—")
					.row(null, null, "04", "信息安全事务", "1,946.00", null, "1,946.00")
					.row("合计", null, null, null, "2,946.25", "1,000.25", "1,946.00")
					.merge("A3:C3")
					.merge("D3:D4")
					.merge("E3:G3")
					.merge("A9:D9"));

		ParsedTable t6 = table(pkg, 6);
		assertThat(t6.unit()).isEqualTo("元");
		assertThat(yuan(t6, "2013701", "合计")).isEqualByComparingTo("1000.25");
		assertThat(yuan(t6, "2013701", "项目支出")).isNull();
		assertThat(yuan(t6, "2013704", "基本支出")).isEqualByComparingTo("0");
		assertThat(yuan(t6, "20137", "合计")).isEqualByComparingTo("2946.25");
		assertThat(yuan(t6, "合计", "项目支出")).isEqualByComparingTo("1946.00");
		assertThat(figure(t6, "合计", "合计").publishedScale()).isEqualTo(2);
		assertThat(t6.statedYear()).isEqualTo(2024);
	}

	@Test
	void unreadableCellsBecomeFindingsAndTheRestLoads() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t2.xlsx",
				SheetFixture.sheet("GK02")
					.row("收入决算表")
					.row("部门：攀枝花市东区测试局", null, null, null, null, null, null, null, "金额单位：万元")
					.row("科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")
					.row("合计", null, 10, 8, 0, "abc", 0, 0, 2)
					.row("2080505", "机关事业单位基本养老保险缴费支出", 10, 8, 0, new SheetFixture.Error("#REF!"), 0, 0, 2));

		ParsedTable t2 = table(pkg, 2);
		assertThat(yuan(t2, "合计", "财政拨款收入")).isEqualByComparingTo("80000");
		assertThat(t2.figures()).hasSize(2 * 7 - 2);
		assertThat(pkg.findings()).filteredOn(f -> f.ruleId().equals("ingest.unreadable-cell"))
			.extracting(Finding::location)
			.containsExactlyInAnyOrder("2024/" + PackageFixture.DEPT + "/t2.xlsx › GK02!F4",
					"2024/" + PackageFixture.DEPT + "/t2.xlsx › GK02!F5");
		assertThat(pkg.findings()).filteredOn(f -> f.ruleId().equals("ingest.unreadable-cell"))
			.allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
			.anySatisfy(f -> assertThat(f.message()).contains("abc").contains("事业收入"));
	}

	@Test
	void formulaCellsAreReadByTheirCachedValue() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t6.xlsx",
				SheetFixture.sheet("表6")
					.row("一般公共预算财政拨款支出决算表")
					.row("单位：万元")
					.row("科目编码", "科目名称", "合计", "基本支出", "项目支出")
					.row("合计", null, new SheetFixture.Formula("D4+E4"), 1.10, 2.205)
					.row("2013701", "行政运行", new SheetFixture.Formula("D5+E5"), 1.10, 2.205));

		assertThat(yuan(table(pkg, 6), "2013701", "合计")).isEqualByComparingTo(new BigDecimal("33050"));
	}

}
