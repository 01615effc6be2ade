package org.juesuan.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure the real narrative of 攀枝花市东区电子政务建设服务中心 states in 第二部分 (and the 0.08 结转结余
 * of its 附件) is reproduced by the generated tables within the narrative's own rounding:
 * ±0.005 万元 for two decimals, ±0.05 for one, ±0.5 for an integer.
 */
class EGovCentreNarrativeTests {

	private static final String NARRATIVE = new String(SampleInputGenerator.seedNarrative(), StandardCharsets.UTF_8);

	private static final FigureIndex FIGURES = new FigureIndex(SampleDepartments.eGovCentre().describe());

	static Stream<Arguments> statedFigures() {
		return Stream.of(claim("收入、支出总计均为 412 万元", 1, "收入总计", "金额", "412"),
				claim("收入、支出总计均为 412 万元", 1, "支出总计", "金额", "412"),
				claim("本年收入合计 411.91 万元", 1, "本年收入合计", "金额", "411.91"),
				claim("本年收入合计 411.91 万元", 2, "合计", "本年收入合计", "411.91"),
				claim("一般公共预算财政拨款收入 411.91 万元", 1, "一般公共预算财政拨款收入", "金额", "411.91"),
				claim("本年支出合计 411.91 万元", 1, "本年支出合计", "金额", "411.91"),
				claim("基本支出 199.81 万元，占 48.5%", 3, "合计", "基本支出", "199.81"),
				claim("项目支出 212.1 万元", 3, "合计", "项目支出", "212.1"), claim("财政拨款收入、支出总计均为 412 万元", 4, "收入总计", "金额", "412"),
				claim("财政拨款收入、支出总计均为 412 万元", 4, "支出总计", "合计", "412"),
				claim("一般公共预算财政拨款支出 411.91 万元", 6, "合计", "合计", "411.91"),
				claim("一般公共服务支出 352.48 万元", 6, "201", "合计", "352.48"),
				claim("社会保障和就业支出 32.69 万元", 6, "208", "合计", "32.69"), claim("卫生健康支出 13.14 万元", 6, "210", "合计", "13.14"),
				claim("住房保障支出 13.61 万元", 6, "221", "合计", "13.61"),
				claim("行政运行（项）：支出决算为 125.55 万元", 6, "2013701", "合计", "125.55"),
				claim("机关服务（项）：支出决算为 1.6 万元", 6, "2013703", "合计", "1.6"),
				claim("信息安全事务（项）：支出决算为 210.51 万元", 6, "2013704", "合计", "210.51"),
				claim("事业运行（项）：支出决算为 14.82 万元", 6, "2013750", "合计", "14.82"),
				claim("机关事业单位基本养老保险缴费支出（项）：支出决算为 16.44 万元", 6, "2080505", "合计", "16.44"),
				claim("机关事业单位职业年金缴费支出（项）：支出决算为 16.25 万元", 6, "2080506", "合计", "16.25"),
				claim("行政单位医疗（项）：支出决算为 7.45 万元", 6, "2101101", "合计", "7.45"),
				claim("事业单位医疗（项）：支出决算为 1.02 万元", 6, "2101102", "合计", "1.02"),
				claim("公务员医疗补助（项）：支出决算为 4.66 万元", 6, "2101103", "合计", "4.66"),
				claim("住房公积金（项）：支出决算为 13.61 万元", 6, "2210201", "合计", "13.61"),
				claim("基本支出 199.81 万元，其中", 6, "合计", "基本支出", "199.81"),
				claim("人员经费 183.79 万元", 8, "人员经费合计", "决算数", "183.79"),
				claim("基本工资 36.57 万元", 8, "30101", "决算数", "36.57"), claim("津贴补贴 36.25 万元", 8, "30102", "决算数", "36.25"),
				claim("奖金 43.46 万元", 8, "30103", "决算数", "43.46"), claim("绩效工资 4.05 万元", 8, "30107", "决算数", "4.05"),
				claim("机关事业单位基本养老保险缴费 16.44 万元", 8, "30108", "决算数", "16.44"),
				claim("职业年金缴费 16.25 万元", 8, "30109", "决算数", "16.25"),
				claim("职工基本医疗保险缴费 8.47 万元", 8, "30110", "决算数", "8.47"),
				claim("公务员医疗补助缴费 4.66 万元", 8, "30111", "决算数", "4.66"),
				claim("其他社会保障缴费 0.24 万元", 8, "30112", "决算数", "0.24"),
				claim("其他工资福利支出 3.79 万元", 8, "30199", "决算数", "3.79"),
				claim("住房公积金 13.61 万元。", 8, "30113", "决算数", "13.61"),
				claim("公用经费 16.01 万元", 8, "公用经费合计", "决算数", "16.01"),
				claim("机关运行经费支出 16.01 万元", 8, "公用经费合计", "决算数", "16.01"), claim("办公费 3 万元", 8, "30201", "决算数", "3"),
				claim("水费 0.25 万元", 8, "30205", "决算数", "0.25"), claim("邮电费 0.7 万元", 8, "30207", "决算数", "0.7"),
				claim("差旅费 1.55", 8, "30211", "决算数", "1.55"), claim("工会经费 2.3 万元", 8, "30228", "决算数", "2.3"),
				claim("其他交通费 7.02 元", 8, "30239", "决算数", "7.02"), claim("其他商品和服务支出 1.2 万元", 8, "30299", "决算数", "1.2"),
				claim("“三公”经费财政拨款支出决算为 0 万元", 13, "合计", "决算数", "0"),
				claim("因公出国（境）费支出决算 0 万元", 13, "因公出国（境）费", "决算数", "0"),
				claim("公务用车购置及运行维护费支出决算 0 万元", 13, "公务用车购置及运行维护费", "决算数", "0"),
				claim("公务用车购置支出 0 万元", 13, "公务用车购置费", "决算数", "0"),
				claim("公务用车运行维护费支出 0 万元", 13, "公务用车运行维护费", "决算数", "0"),
				claim("公务接待费支出决算 0 万元", 13, "公务接待费", "决算数", "0"), claim("政府性基金预算财政拨款支出 0 万元", 10, "合计", "本年支出小计", "0"),
				claim("国有资本经营预算财政拨款支出 0 万元", 11, "合计", "本年支出小计", "0"),
				claim("国有资本经营预算财政拨款支出 0 万元", 12, "合计", "合计", "0"), claim("年末结转结余 0.08 万元", 1, "年末结转和结余", "金额", "0.08"),
				claim("年末结转结余 0.08 万元", 1, "年初结转和结余", "金额", "0.08"));
	}

	private static Arguments claim(String quote, int table, String row, String column, String stated) {
		return Arguments.of(quote, table, row, column, stated);
	}

	@ParameterizedTest(name = "T{1} {2}[{3}] ≈ {4} ({0})")
	@MethodSource("statedFigures")
	void tableReproducesTheStatedFigure(String quote, int table, String row, String column, String stated) {
		BigDecimal value = new BigDecimal(stated);
		BigDecimal tolerance = new BigDecimal("0.5").movePointLeft(value.scale()).multiply(new BigDecimal("10000"));
		assertThat(NARRATIVE).contains(quote);
		assertThat(FIGURES.get(table, row, column).subtract(value.multiply(new BigDecimal("10000"))).abs())
			.isLessThanOrEqualTo(tolerance);
	}

	@Test
	void theNarrativeIsCopiedVerbatimAndStartsWithTheCover() {
		assertThat(NARRATIVE).contains("攀枝花市东区电子政务建设服务中心\n\n部门决算公开编制说明");
		assertThat(NARRATIVE).contains("2024 年度本年收入合计 411.91 万元，其中：一般公共预算财政拨款收入 411.91 万元，占 100%。");
	}

	@Test
	void emptyTablesCarryTheirStatements() {
		assertThat(SampleDepartments.eGovCentre().emptyStatements()).containsOnlyKeys(10, 11, 12)
			.containsEntry(10, "说明：攀枝花市东区电子政务建设服务中心本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。");
	}

}
