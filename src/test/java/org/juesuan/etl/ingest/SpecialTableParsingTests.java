package org.juesuan.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.etl.ingest.PackageFixture.table;
import static org.juesuan.etl.ingest.PackageFixture.yuan;

import java.nio.file.Path;

import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * T13 (one row, two orderings), empty tables with their statements, T5/T7 in either
 * orientation.
 */
class SpecialTableParsingTests {

	@TempDir
	Path root;

	@Test
	void readsInterleavedT13() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t13.xlsx",
				SheetFixture.sheet("公开13表")
					.row("财政拨款“三公”经费支出决算表")
					.row("部门：攀枝花市东区测试局", null, null, null, null, null, null, null, null, null, null, "金额单位：万元")
					.row("财政拨款“三公”经费")
					.row("合计", null, "因公出国（境）费", null, "公务用车购置及运行维护费", null, null, null, null, null, "公务接待费")
					.row(null, null, null, null, "小计", null, "公务用车购置费", null, "公务用车运行维护费")
					.row("预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数")
					.row(10, 8, 0, 0, 7, 6, 0, 0, 7, 6, 3, 2)
					.row("注：本表反映部门本年度“三公”经费支出预决算情况。")
					.merge("A3:L3")
					.merge("A4:B5")
					.merge("C4:D5")
					.merge("E4:J4")
					.merge("K4:L5")
					.merge("E5:F5")
					.merge("G5:H5")
					.merge("I5:J5"));

		ParsedTable t13 = table(pkg, 13);
		assertThat(t13.figures()).hasSize(12);
		assertThat(yuan(t13, "合计", "预算数")).isEqualByComparingTo("100000");
		assertThat(yuan(t13, "公务用车购置及运行维护费", "决算数")).isEqualByComparingTo("60000");
		assertThat(yuan(t13, "公务用车运行维护费", "预算数")).isEqualByComparingTo("70000");
		assertThat(yuan(t13, "公务用车购置费", "决算数")).isEqualByComparingTo("0");
		assertThat(yuan(t13, "公务接待费", "决算数")).isEqualByComparingTo("20000");
		assertThat(pkg.findings()).noneMatch(f -> f.ruleId().startsWith("ingest.unknown"));
	}

	@Test
	void readsGroupedT13WithShortNames() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t13.xls",
				SheetFixture.sheet("Sheet1")
					.row("一般公共预算财政拨款三公经费支出决算表")
					.row("单位：元")
					.row("预算数", null, null, null, null, null, "决算数")
					.row("合计", "因公出国(境)费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国(境)费", "公务用车购置及运行费", null,
							null, "公务接待费")
					.row(null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费")
					.row("栏次", null, null, null, null, null, null, null, null, null, null, null)
					.row("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")
					.row(5000, 0, 3000, 0, 3000, 2000, 4000, 0, 2500, 0, 2500, 1500)
					.merge("A3:F3")
					.merge("G3:L3")
					.merge("C4:E4")
					.merge("I4:K4"));

		ParsedTable t13 = table(pkg, 13);
		assertThat(yuan(t13, "合计", "决算数")).isEqualByComparingTo("4000");
		assertThat(yuan(t13, "公务用车运行维护费", "决算数")).isEqualByComparingTo("2500");
		assertThat(yuan(t13, "公务用车购置及运行维护费", "预算数")).isEqualByComparingTo("3000");
		assertThat(yuan(t13, "因公出国（境）费", "预算数")).isEqualByComparingTo("0");
	}

	@Test
	void recordsEmptyT10WithItsStatementUnderTheGrid() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t10.xlsx",
				SheetFixture.sheet("公开10表")
					.row("政府性基金预算财政拨款收入支出决算表")
					.row("部门：攀枝花市东区测试局", null, null, null, null, null, null, "金额单位：万元")
					.row("项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余")
					.row("科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出")
					.row("合计")
					.row("说明：攀枝花市东区测试局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。")
					.merge("A3:B3")
					.merge("C3:C4")
					.merge("D3:D4")
					.merge("E3:G3")
					.merge("H3:H4")
					.merge("A5:B5"));

		ParsedTable t10 = table(pkg, 10);
		assertThat(t10.empty()).isTrue();
		assertThat(t10.statement()).contains("故本表无数据");
		assertThat(yuan(t10, "合计", "本年支出小计")).isEqualByComparingTo("0");
		assertThat(t10.figures()).extracting(Figure::columnName)
			.containsExactly("年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余");
	}

	@Test
	void recordsEmptyT12WithItsStatementInTheTitle() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t12.xlsx",
				SheetFixture.sheet("12")
					.row("国有资本经营预算财政拨款支出决算表（本单位没有有关数据，故本表无数据）")
					.row("单位：万元")
					.row("科目编码", "科目名称", "本年支出")
					.row(null, null, "合计", "基本支出", "项目支出")
					.row("合计")
					.merge("A3:A4")
					.merge("B3:B4")
					.merge("C3:E3"));

		ParsedTable t12 = table(pkg, 12);
		assertThat(t12.empty()).isTrue();
		assertThat(t12.statement()).contains("没有有关数据");
		assertThat(t12.figures()).hasSize(3);
	}

	@Test
	void readsT5InEconomicOrientationAndT7InFunctionalOrientation() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "明细.xlsx",
				SheetFixture.sheet("T5")
					.row("财政拨款支出决算明细表")
					.row("金额单位：万元")
					.row("经济分类科目编码", "科目名称", "合计", "基本支出", "项目支出")
					.row("合计", null, 100, 60, 40)
					.row("301", "工资福利支出", 60, 60, 0)
					.row("30101", "基本工资", 60, 60, 0)
					.row("302", "商品和服务支出", 40, 0, 40),
				SheetFixture.sheet("T7")
					.row("一般公共预算财政拨款支出决算明细表")
					.row("金额单位：万元")
					.row("科目编码", "科目名称", "合计", "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出")
					.row("合计", null, 100, 60, 40, 0, 0)
					.row("201", "一般公共服务支出", 100, 60, 40, 0, 0));

		assertThat(table(pkg, 5).rowShape().code()).isEqualTo("economic");
		assertThat(yuan(table(pkg, 5), "30101", "基本支出")).isEqualByComparingTo("600000");
		assertThat(table(pkg, 7).rowShape().code()).isEqualTo("functional");
		assertThat(yuan(table(pkg, 7), "201", "商品和服务支出")).isEqualByComparingTo("400000");
	}

	@Test
	void keepsAnUnknownColumnUnderItsHeaderText() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t6.xlsx",
				SheetFixture.sheet("公开06表")
					.row("一般公共预算财政拨款支出决算表")
					.row("金额单位：万元")
					.row("科目编码", "科目名称", "合计", "基本支出", "项目支出", "其中：专项转移")
					.row("201", "一般公共服务支出", 3, 1, 2, 2));

		assertThat(yuan(table(pkg, 6), "201", "其中:专项转移")).isEqualByComparingTo("20000");
		assertThat(pkg.findings()).anySatisfy(f -> {
			assertThat(f.ruleId()).isEqualTo("ingest.unknown-column");
			assertThat(f.location()).endsWith("公开06表!F3");
		});
	}

	@Test
	void mergesContinuationPagesThatRepeatTheHeader() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t3.xlsx",
				SheetFixture.sheet("公开03表")
					.row("支出决算表")
					.row("部门：攀枝花市东区测试局", null, null, null, "金额单位：万元")
					.row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")
					.row("合计", null, 3, 2, 1)
					.row("201", "一般公共服务支出", 2, 1, 1)
					.row("支出决算表（续表）")
					.row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")
					.row("208", "社会保障和就业支出", 1, 1, 0));

		ParsedTable t3 = table(pkg, 3);
		assertThat(t3.figures()).hasSize(9);
		assertThat(yuan(t3, "208", "基本支出")).isEqualByComparingTo("10000");
		assertThat(pkg.findings()).noneMatch(f -> f.ruleId().startsWith("ingest.unknown"));
	}

	@Test
	void readsAProjectListWithoutCodesKeepingEachProjectByName() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t9.xlsx",
				SheetFixture.sheet("公开09表")
					.row("一般公共预算财政拨款项目支出决算表")
					.row("金额单位：万元")
					.row("项目名称", "金额")
					.row("电子政务建设及安全运维费", 158.33)
					.row("东区视频会议控制室升级改造", 36.76)
					.row("合计", 195.09));

		ParsedTable t9 = table(pkg, 9);
		assertThat(yuan(t9, "东区视频会议控制室升级改造", "项目支出")).isEqualByComparingTo("367600");
		assertThat(yuan(t9, "合计", "项目支出")).isEqualByComparingTo("1950900");
		assertThat(t9.rowShape().code()).isEqualTo("labelled");
	}

}
