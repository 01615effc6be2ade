package org.juesuan.etl.narrative.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.ClaimStatus;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.IndexFixture;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.narrative.NarrativeReader;
import org.juesuan.etl.narrative.NarrativeResult;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national template's phrasing (第三部分 情况说明, ../shared/reference) and the checks
 * written for it: 项 headings whose amounts follow, 年初预算/支出决算/完成年初预算, 决算数大于/小于预算数, listed
 * items, the text's own year, template text left in, percentages rounded or truncated,
 * share lists closed to 100%, power-of-ten unit slips.
 */
class OfficialPhrasingTests {

	private static final NarrativeChecker CHECKER = new NarrativeChecker(
			NarrativeMappingLoader.load(Path.of("config/narrative"), "national-2024"), Templates.ALL::canonicalTitle);

	private static final NarrativeReader READER = new NarrativeReader(
			org.juesuan.etl.narrative.SubjectVocabulary.defaults(), List.of("情况说明"));

	private NarrativeCheck check(IndexFixture tables, String... paragraphs) {
		List<String> text = new ArrayList<>(List.of("第一部分 测试局概况", "负责测试。", "第三部分 测试局2024年度部门决算情况说明"));
		text.addAll(List.of(paragraphs));
		NarrativeResult narrative = READER.read(text, "测试局");
		assertThat(narrative.part()).isEqualTo("第三部分");
		return CHECKER.check(narrative, "说明.txt", tables.index(), null);
	}

	private static List<String> serious(NarrativeCheck check) {
		return check.findings()
			.stream()
			.filter(f -> f.severity() != Severity.INFO)
			.map(f -> f.ruleId() + " " + f.rowRef())
			.toList();
	}

	private static IndexFixture general() {
		return new IndexFixture().put(6, "合计", "合计", "1080.00", "C5")
			.put(6, "201", "合计", "900.00", "C6")
			.put(6, "20103", "合计", "900.00", "C7")
			.put(6, "2010301", "合计", "620.00", "C8")
			.put(6, "2010302", "合计", "280.00", "C9")
			.rename(6, "201", "一般公共服务支出")
			.rename(6, "20103", "政府办公厅（室）及相关机构事务")
			.rename(6, "2010301", "行政运行")
			.rename(6, "2010302", "一般行政管理事务")
			.put(6, "208", "合计", "180.00", "C10")
			.rename(6, "208", "社会保障和就业支出");
	}

	@Test
	void aHeadingOfItsOwnGivesItsPathToTheAmountsThatFollow() {
		NarrativeCheck check = check(general(), "五、一般公共预算财政拨款支出决算情况说明", "（三）一般公共预算财政拨款支出决算具体情况",
				"1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）",
				"。主要用于：机关运行。年初预算为600.00万元，支出决算为620.00万元，完成年初预算的103.33%。决算数大于预算数的主要原因：人员增加。");
		assertThat(serious(check)).isEmpty();
		assertThat(check.claims()).filteredOn(c -> c.claim().claimType() == ClaimType.AMOUNT)
			.singleElement()
			.satisfies(c -> {
				assertThat(c.claim().path()).containsExactly("一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行");
				assertThat(c.status()).isEqualTo(ClaimStatus.MATCH);
				assertThat(c.rowLabel()).isEqualTo("行政运行");
			});
		assertThat(check.claims()).extracting(c -> c.claim().claimType())
			.contains(ClaimType.BUDGET, ClaimType.COMPLETION_RATE, ClaimType.COMPARISON);
	}

	@Test
	void theWrongComparisonWordAndAWrongCompletionRateAreFound() {
		NarrativeCheck check = check(general(), "五、一般公共预算财政拨款支出决算情况说明",
				"2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。主要用于：专项工作。"
						+ "年初预算为300.00万元，支出决算为280.00万元，完成年初预算的95.33%。决算数大于预算数的主要原因：追加。");
		assertThat(serious(check)).containsExactlyInAnyOrder("N.internal 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）",
				"N.comparison 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）");
	}

	@Test
	void classLinesAreMatchedToTheirClassRowsAndTruncatedOrClosedSharesPass() {
		// 900/1080 = 83.333…% and 180/1080 = 16.666…%: 83.33 rounds, 16.66 truncates;
		// 83.34 + 16.66 closes the list to 100%
		NarrativeCheck rounded = check(general(), "五、一般公共预算财政拨款支出决算情况说明",
				"一般公共预算财政拨款支出1,080.00万元，主要用于以下方面：一般公共服务支出（类）900.00万元，占83.33%；社会保障和就业支出（类）180.00万元，占16.66%。");
		NarrativeCheck closed = check(general(), "五、一般公共预算财政拨款支出决算情况说明",
				"一般公共预算财政拨款支出1,080.00万元，主要用于以下方面：一般公共服务支出（类）900.00万元，占83.34%；社会保障和就业支出（类）180.00万元，占16.66%。");
		NarrativeCheck wrong = check(general(), "五、一般公共预算财政拨款支出决算情况说明",
				"一般公共预算财政拨款支出1,080.00万元，主要用于以下方面：一般公共服务支出（类）900.00万元，占83.53%；社会保障和就业支出（类）180.00万元，占16.67%。");
		assertThat(serious(rounded)).isEmpty();
		assertThat(serious(closed)).isEmpty();
		assertThat(rounded.claims())
			.filteredOn(c -> c.claim().claimType() == ClaimType.AMOUNT && !c.claim().path().isEmpty())
			.extracting(CheckedClaim::status)
			.containsOnly(ClaimStatus.MATCH);
		assertThat(serious(wrong)).containsExactly("N.share 一般公共服务支出（类）");
	}

	@Test
	void listedItemsAreCheckedAgainstTheBasicExpenditureTable() {
		IndexFixture t8 = new IndexFixture().put(8, "人员经费合计", "决算数", "700.00", "C20")
			.put(8, "公用经费合计", "决算数", "100.00", "F20")
			.put(8, "30101", "决算数", "400.00", "C5")
			.rename(8, "30101", "基本工资")
			.put(8, "30102", "决算数", "300.00", "C6")
			.rename(8, "30102", "津贴补贴")
			.put(8, "30201", "决算数", "60.00", "F5")
			.rename(8, "30201", "办公费")
			.put(8, "30202", "决算数", "0.00", "F6")
			.rename(8, "30202", "印刷费")
			.put(8, "30213", "决算数", "40.00", "F7")
			.rename(8, "30213", "维修（护）费");
		NarrativeCheck check = check(t8, "六、一般公共预算财政拨款基本支出决算情况说明",
				"一般公共预算财政拨款基本支出800.00万元。其中：人员经费700.00万元，主要包括：基本工资、津贴补贴、奖金；公用经费100.00万元，主要包括：办公费、印刷费。");
		List<Finding> items = check.findings().stream().filter(f -> f.kind().equals("narrative-items")).toList();
		assertThat(items).filteredOn(f -> f.severity() == Severity.WARNING)
			.extracting(Finding::message)
			.containsExactlyInAnyOrder("编制说明所列人员经费包括“奖金”，但T8 30103 未列示", "编制说明所列公用经费包括“印刷费”，但T8 30202 为 0");
		assertThat(items).filteredOn(f -> f.severity() == Severity.INFO)
			.extracting(Finding::message)
			.containsExactly("编制说明所列公用经费未包括30213 维修（护）费（40.00 万元）");
	}

	@Test
	void anotherYearAndTemplateTextLeftInAreFound() {
		NarrativeCheck check = check(new IndexFixture().put(1, "收入总计", "金额", "100.00", "C9"), "一、收入支出决算总体情况说明",
				"测试局2024年度收入支出总计100.00万元。与2022年度相比，收入支出总计增加（减少）XXX万元。", "十一、其他重要事项的情况说明",
				"截至2023年12月31日，共有车辆2辆。机关运行经费支出持平。（如持平作持平表述）");
		assertThat(check.findings()).filteredOn(f -> f.kind().equals("narrative-year"))
			.extracting(Finding::message)
			.containsExactlyInAnyOrder("编制说明比较年度为 2022 年，应为 2023 年", "编制说明所述年度为 2023 年，应为 2024 年");
		assertThat(check.findings()).filteredOn(f -> f.kind().equals("narrative-template-text"))
			.extracting(Finding::narrativeQuote)
			.containsExactlyInAnyOrder("与2022年度相比，收入支出总计增加（减少）XXX万元。", "与2022年度相比，收入支出总计增加（减少）XXX万元。", "（如持平作持平表述）");
		assertThat(check.findings()).filteredOn(f -> f.kind().equals("narrative-template-text"))
			.allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
	}

	@Test
	void templateTextIsFoundOutsideThe情况说明TooButYearsOnlyInIt() {
		NarrativeResult narrative = READER
			.read(List.of("第一部分 测试局概况", "主要职能：由主管部门根据三定方案填写XXXX。", "第三部分 测试局2024年度部门决算情况说明", "一、收入支出决算总体情况说明",
					"测试局2024年度收入支出总计100.00万元。", "第四部分 名词解释", "一、事业收入：主要是XXXXXXXX收入等。二、结转：指2022年度安排的资金。"), "测试局");
		NarrativeCheck check = CHECKER.check(narrative, "说明.txt",
				new IndexFixture().put(1, "收入总计", "金额", "100.00", "C9").index(), null);
		assertThat(check.findings()).filteredOn(f -> f.kind().equals("narrative-template-text")).hasSize(2);
		assertThat(check.findings()).filteredOn(f -> f.kind().equals("narrative-year")).isEmpty();
	}

	@Test
	void anAmountOffByAPowerOfTenIsAUnitErrorAndAnyOtherDifferenceAMismatch() {
		IndexFixture t8 = new IndexFixture().put(8, "人员经费合计", "决算数", "1219.24", "C20")
			.put(8, "公用经费合计", "决算数", "100.00", "F20");
		NarrativeCheck tenfold = check(t8, "六、一般公共预算财政拨款基本支出决算情况说明", "其中：人员经费12192.40万元；公用经费100.00万元。");
		NarrativeCheck off = check(t8, "六、一般公共预算财政拨款基本支出决算情况说明", "其中：人员经费1229.24万元；公用经费100.00万元。");
		assertThat(serious(tenfold)).containsExactly("N.unit 人员经费");
		assertThat(tenfold.findings()).filteredOn(f -> f.ruleId().equals("N.unit"))
			.singleElement()
			.satisfies(f -> assertThat(f.message()).contains("相差 10 倍"));
		assertThat(serious(off)).containsExactly("N.amount 人员经费");
	}

}
