package org.juesuan.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.etl.ingest.PackageFixture.table;
import static org.juesuan.etl.ingest.PackageFixture.yuan;

import java.nio.file.Path;

import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Side-by-side tables: T1 and T4 (收入 | 支出, with or without 行次) and T8 (two or three
 * panels).
 */
class PanelTableParsingTests {

	@TempDir
	Path root;

	@ParameterizedTest
	@ValueSource(strings = { "t1.xlsx", "t1.xls" })
	void readsBothPanelsOfT1WithRowNumbers(String file) throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, file,
				SheetFixture.sheet("公开01表")
					.row("收入支出决算总表")
					.row("部门：攀枝花市东区测试局", null, null, null, null, "金额单位：万元")
					.row("收入", null, null, "支出")
					.row("项目", "行次", "金额", "项目", "行次", "金额")
					.row("栏次", null, 1, "栏次", null, 2)
					.row("一、一般公共预算财政拨款收入", 1, 400.00, "一、一般公共服务支出", 9, 352.48)
					.row("五、事业收入", 5, 11.91, "八、社会保障和就业支出", 16, 59.43)
					.row("八、其他收入", 8, "—", "九、卫生健康支出", 17, null)
					.row(null, null, null, "十二、农林水支出", 20, 0)
					.row("本年收入合计", 30, 411.91, "本年支出合计", 60, 411.91)
					.row("使用非财政拨款结余（含专用结余）", 31, 0, "结余分配", 61, 0)
					.row("年初结转和结余", 32, 0.08, "年末结转和结余", 62, 0.08)
					.row("总计", 33, 411.99, "总计", 63, 411.99)
					.row("注：本表反映部门本年度的总收支和年末结转结余情况。")
					.merge("A3:C3")
					.merge("D3:F3"));

		ParsedTable t1 = table(pkg, 1);
		assertThat(t1.rowShape().code()).isEqualTo("functional");
		assertThat(yuan(t1, "一般公共预算财政拨款收入", "金额")).isEqualByComparingTo("4000000");
		assertThat(yuan(t1, "其他收入", "金额")).isNull();
		assertThat(yuan(t1, "使用非财政拨款结余", "金额")).isEqualByComparingTo("0");
		assertThat(yuan(t1, "收入总计", "金额")).isEqualByComparingTo("4119900");
		assertThat(yuan(t1, "支出总计", "金额")).isEqualByComparingTo("4119900");
		assertThat(yuan(t1, "208", "金额")).isEqualByComparingTo("594300");
		assertThat(yuan(t1, "210", "金额")).isEqualByComparingTo("0");
		assertThat(PackageFixture.figure(t1, "213", "金额").rowLabel()).isEqualTo("农林水支出");
		assertThat(t1.figures()).noneMatch(f -> f.cell().startsWith("B") || f.cell().startsWith("E"));
		assertThat(pkg.findings()).noneMatch(f -> f.ruleId().startsWith("ingest.unknown"));
	}

	@Test
	void disambiguatesT4FundRowsPrintedTwice() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t4.xlsx",
				SheetFixture.sheet("财政拨款收支总表")
					.row("财政拨款收入支出决算总表")
					.row("单位：测试局", null, null, null, null, null, "金额单位：万元")
					.row("收入", null, "支出")
					.row("项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
					.row("一、一般公共预算财政拨款", 300, "一、一般公共服务支出", 250, 250, 0, 0)
					.row("二、政府性基金预算财政拨款", 50, "十一、城乡社区支出", 100, 50, 50, 0)
					.row("三、国有资本经营预算财政拨款", 0)
					.row("本年收入合计", 350, "本年支出合计", 350, 300, 50, 0)
					.row("年初财政拨款结转和结余", 20, "年末财政拨款结转和结余", 20, 15, 5, 0)
					.row("一、一般公共预算财政拨款", 15)
					.row("二、政府性基金预算财政拨款", 5)
					.row("三、国有资本经营预算财政拨款", 0)
					.row("总计", 370, "总计", 370, 315, 55, 0)
					.merge("A3:B3")
					.merge("C3:G3"));

		ParsedTable t4 = table(pkg, 4);
		assertThat(yuan(t4, "一般公共预算财政拨款", "金额")).isEqualByComparingTo("3000000");
		assertThat(yuan(t4, "年初财政拨款结转和结余（一般公共预算财政拨款）", "金额")).isEqualByComparingTo("150000");
		assertThat(yuan(t4, "年初财政拨款结转和结余（政府性基金预算财政拨款）", "金额")).isEqualByComparingTo("50000");
		assertThat(yuan(t4, "212", "政府性基金预算财政拨款")).isEqualByComparingTo("500000");
		assertThat(yuan(t4, "年末财政拨款结转和结余", "一般公共预算财政拨款")).isEqualByComparingTo("150000");
		assertThat(yuan(t4, "收入总计", "金额")).isEqualByComparingTo("3700000");
		assertThat(yuan(t4, "支出总计", "合计")).isEqualByComparingTo("3700000");
	}

	@Test
	void readsTwoPanelT8WithTotalsOnTheirOwnSide() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t8.xlsx",
				SheetFixture.sheet("公开08表")
					.row("一般公共预算财政拨款基本支出决算明细表")
					.row("部门：攀枝花市东区测试局", null, null, null, null, "金额单位：万元")
					.row("人员经费", null, null, "公用经费")
					.row("经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数")
					.row("301", "工资福利支出", 170.18, "302", "商品和服务支出", 16.01)
					.row("30101", "基本工资", 36.57, "30201", "办公费", 3)
					.row("303", "对个人和家庭的补助", 13.61, "30239", "其他交通费用", 7.02)
					.row("30302", "退休费", 13.61, "310", "资本性支出", 0)
					.row("人员经费合计", null, 183.79, "公用经费合计", null, 16.01)
					.merge("A3:C3")
					.merge("D3:F3")
					.merge("A9:B9")
					.merge("D9:E9"));

		ParsedTable t8 = table(pkg, 8);
		assertThat(t8.rowShape().code()).isEqualTo("economic");
		assertThat(yuan(t8, "30101", "决算数")).isEqualByComparingTo("365700");
		assertThat(yuan(t8, "30239", "决算数")).isEqualByComparingTo("70200");
		assertThat(yuan(t8, "人员经费合计", "决算数")).isEqualByComparingTo("1837900");
		assertThat(yuan(t8, "公用经费合计", "决算数")).isEqualByComparingTo("160100");
		assertThat(t8.figures()).hasSize(10);
	}

	@Test
	void readsThreePanelT8WithSplitCodes() throws Exception {
		ParsedPackage pkg = PackageFixture.read(root, "t8.xls", SheetFixture.sheet("Sheet1")
			.row("一般公共预算财政拨款基本支出决算表")
			.row("编制单位：攀枝花市东区测试局", null, null, null, null, null, null, null, null, null, null, "单位：元")
			.row("人员经费", null, null, null, "公用经费")
			.row("科目编码", null, "科目名称", "决算数", "科目编码", null, "科目名称", "决算数", "科目编码", null, "科目名称", "决算数")
			.row("类", "款", null, null, "类", "款", null, null, "类", "款")
			.row("301", null, "工资福利支出", "1,000.00", "302", null, "商品和服务支出", "500.00", "310", null, "资本性支出", "200.00")
			.row(null, "01", "基本工资", "1,000.00", null, "01", "办公费", "500.00", null, 2, "办公设备购置", "200.00")
			.row("人员经费合计", null, null, "1,000.00", "公用经费合计", null, null, "700.00")
			.merge("A3:D3")
			.merge("E3:L3")
			.merge("A4:B4")
			.merge("E4:F4")
			.merge("I4:J4")
			.merge("C4:C5")
			.merge("D4:D5")
			.merge("G4:G5")
			.merge("H4:H5")
			.merge("K4:K5")
			.merge("L4:L5")
			.merge("A8:C8")
			.merge("E8:G8"));

		ParsedTable t8 = table(pkg, 8);
		assertThat(yuan(t8, "30101", "决算数")).isEqualByComparingTo("1000");
		assertThat(yuan(t8, "31002", "决算数")).isEqualByComparingTo("200");
		assertThat(yuan(t8, "公用经费合计", "决算数")).isEqualByComparingTo("700");
		assertThat(yuan(t8, "人员经费合计", "决算数")).isEqualByComparingTo("1000");
	}

}
