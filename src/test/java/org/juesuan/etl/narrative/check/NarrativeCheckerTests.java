package org.juesuan.etl.narrative.check;

import java.nio.file.Path;
import java.util.List;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.ClaimStatus;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.IndexFixture;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.narrative.NarrativeReader;
import org.juesuan.etl.narrative.NarrativeResult;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each narrative check on a short hand-written narrative and tables built in code. */
class NarrativeCheckerTests {

	private static final NarrativeChecker CHECKER = new NarrativeChecker(
			NarrativeMappingLoader.load(Path.of("config/narrative"), "sichuan-2024"), Templates.ALL::canonicalTitle);

	private static final NarrativeReader READER = NarrativeReader.withDefaults();

	private NarrativeCheck check(IndexFixture tables, IndexFixture previous, String... paragraphs) {
		List<String> text = new java.util.ArrayList<>(List.of("第二部分 2024年度部门决算情况说明"));
		text.addAll(List.of(paragraphs));
		NarrativeResult narrative = READER.read(text, "测试局");
		return CHECKER.check(narrative, "说明.txt", tables.index(),
				previous == null ? null : previous.index("测试局", 2023));
	}

	/**
	 * WARNING and ERROR findings, but for figures the short narratives here leave
	 * undescribed on purpose.
	 */
	private static List<Finding> serious(NarrativeCheck check) {
		return check.findings()
			.stream()
			.filter(f -> f.severity() != Severity.INFO && !f.ruleId().equals("N.missing"))
			.toList();
	}

	private static IndexFixture totals() {
		return new IndexFixture().put(1, "收入总计", "金额", "411.99", "C30")
			.put(1, "支出总计", "金额", "411.99", "F30")
			.put(1, "本年收入合计", "金额", "411.91", "C20")
			.put(1, "本年支出合计", "金额", "411.91", "F20")
			.put(3, "合计", "基本支出", "199.81", "D7")
			.put(3, "合计", "项目支出", "212.11", "E7");
	}

	@Test
	void amountsMatchWithinTheirStatedPrecision() {
		NarrativeCheck check = check(totals(), null, "一、收入支出决算总体情况说明", "2024 年度收入、支出总计均为 412 万元。", "三、支出决算情况说明",
				"2024 年度本年支出合计 411.91 万元，其中：基本支出 199.81 万元，占 48.5%；项目支出 212.1 万元，占 51.5%。");
		assertThat(serious(check)).isEmpty();
		assertThat(check.claims()).extracting(CheckedClaim::status).doesNotContain(ClaimStatus.MISMATCH);
		assertThat(check.claims()).filteredOn(c -> c.claim().subject().equals("收入总计"))
			.singleElement()
			.satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.ROUNDING));
	}

	@Test
	void aDifferentAmountIsAnErrorNamingTheCell() {
		NarrativeCheck check = check(totals(), null, "三、支出决算情况说明", "2024 年度本年支出合计 411.91 万元，其中：基本支出 189.81 万元。");
		assertThat(serious(check)).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("N.amount");
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.location()).isEqualTo("公开03表!D7");
			assertThat(f.differenceYuan()).isEqualByComparingTo("-100000");
			assertThat(f.narrativeQuote()).contains("基本支出 189.81 万元");
		});
	}

	@Test
	void yuanWrittenForWanYuanIsAUnitFindingAndAMissingUnitIsFlagged() {
		IndexFixture tables = new IndexFixture().put(8, "公用经费合计", "决算数", "8.57", "F30")
			.put(8, "30239", "决算数", "7.02", "F20")
			.put(8, "30211", "决算数", "1.55", "F10");
		tables.rename(8, "30239", "其他交通费用");
		tables.rename(8, "30211", "差旅费");
		NarrativeCheck check = check(tables, null, "六、一般公共预算财政拨款基本支出决算情况说明",
				"公用经费 8.57 万元，主要包括：差旅费 1.55、其他交通费 7.02 元。");
		assertThat(serious(check)).extracting(f -> f.ruleId() + " " + f.severity() + " " + f.rowRef())
			.containsExactlyInAnyOrder("N.unit ERROR 其他交通费");
		assertThat(check.findings()).filteredOn(f -> f.severity() == Severity.INFO && f.ruleId().equals("N.unit"))
			.extracting(f -> f.rowRef())
			.containsExactly("差旅费");
	}

	@Test
	void aShareIsCheckedAgainstTheRatioOfTheTableFigures() {
		NarrativeCheck check = check(totals(), null, "三、支出决算情况说明",
				"2024 年度本年支出合计 411.91 万元，其中：基本支出 199.81 万元，占 45.5%；项目支出 212.1 万元，占 51.5%。");
		assertThat(serious(check)).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("N.share");
			assertThat(f.message()).contains("48.51%");
		});
	}

	/**
	 * A share list wrapped over lines ending in ； is one list: its shares are of the
	 * total named before the first line, and closed to 100% it is allowed one unit per
	 * share.
	 */
	@Test
	void aShareListWrappedAfterASemicolonIsOneList() {
		NarrativeCheck check = check(totals(), null, "三、支出决算情况说明", "2024 年度本年支出合计 411.91 万元，其中：基本支出 199.81 万元，占 48.4%；",
				"项目支出 212.1 万元，占 51.6%。");
		assertThat(check.claims())
			.filteredOn(c -> c.claim().subject().equals("项目支出") && c.claim().claimType() == ClaimType.SHARE)
			.extracting(c -> c.claim().denominator())
			.containsOnly("本年支出合计");
		assertThat(serious(check)).isEmpty();
		NarrativeCheck notClosed = check(totals(), null, "三、支出决算情况说明",
				"2024 年度本年支出合计 411.91 万元，其中：基本支出 199.81 万元，占 48.4%；", "项目支出 212.1 万元，占 51.5%。");
		assertThat(serious(notClosed)).extracting(Finding::ruleId).containsExactly("N.share");
	}

	@Test
	void aGrowthRateMustFitTheChangeAndTheCurrentValue() {
		NarrativeCheck check = check(totals(), null, "一、收入支出决算总体情况说明",
				"2024 年度收入总计 412 万元。与 2023 年度相比，收入总计增加 191.93 万元，增长 87.3%。");
		assertThat(serious(check)).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("N.change");
			assertThat(f.message()).contains("87.22%");
		});
		NarrativeCheck fine = check(totals(), null, "一、收入支出决算总体情况说明",
				"2024 年度收入总计 412 万元。与 2023 年度相比，收入总计减少 40 万元，下降 8.9%。");
		assertThat(serious(fine)).isEmpty();
	}

	@Test
	void withLastYearLoadedChangesAreComparedWithBothYearsTables() {
		IndexFixture lastYear = new IndexFixture().put(1, "本年支出合计", "金额", "411.91", "F20");
		NarrativeCheck flat = check(totals(), lastYear, "三、支出决算情况说明", "2024 年度本年支出合计 411.91 万元，与上年持平。");
		assertThat(serious(flat)).isEmpty();
		NarrativeCheck wrong = check(totals(), lastYear, "三、支出决算情况说明", "2024 年度本年支出合计 411.91 万元，比上年增加 10 万元，增长 2.5%。");
		assertThat(serious(wrong)).extracting(Finding::ruleId).containsOnly("N.change").hasSize(2);
	}

	@Test
	void aZeroBudgetMustNotHaveACompletionRate() {
		IndexFixture tables = new IndexFixture().put(13, "合计", "预算数", "0.00", "A7").put(13, "合计", "决算数", "0.00", "B7");
		NarrativeCheck check = check(tables, null, "七、财政拨款“三公”经费支出决算情况说明", "2024 年度“三公”经费财政拨款支出决算为 0 万元，完成预算 0%。");
		assertThat(serious(check)).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("N.internal");
			assertThat(f.message()).contains("预算数为 0");
		});
		IndexFixture spent = new IndexFixture().put(13, "合计", "预算数", "4.00", "A7").put(13, "合计", "决算数", "3.00", "B7");
		assertThat(serious(check(spent, null, "七、财政拨款“三公”经费支出决算情况说明", "2024 年度“三公”经费财政拨款支出决算为 3 万元，完成预算 75%。")))
			.isEmpty();
	}

	@Test
	void listedItemsCannotExceedTheirTotalAndSavingsAreBudgetLessSpending() {
		IndexFixture tables = new IndexFixture().put(8, "人员经费合计", "决算数", "50.00", "C30");
		NarrativeCheck check = check(tables, null, "六、一般公共预算财政拨款基本支出决算情况说明", "人员经费 50 万元，主要包括：基本工资 30 万元、津贴补贴 30 万元。",
				"第四部分 附件", "附件 2", "4. 成本指标：该项经费年度指标 161.78 万元，实际使用 158.33 万元，节约 30.36 万元。");
		assertThat(serious(check)).filteredOn(f -> f.ruleId().equals("N.internal"))
			.extracting(Finding::rowRef)
			.containsExactlyInAnyOrder("人员经费", "节约");
	}

	@Test
	void aProjectLineWhoseSectionNameDiffersFromTheTableIsReported() {
		IndexFixture tables = new IndexFixture().put(6, "221", "合计", "13.61", "C20")
			.put(6, "22102", "合计", "13.61", "C21")
			.put(6, "2210201", "合计", "13.61", "C22");
		tables.rename(6, "221", "住房保障支出");
		tables.rename(6, "22102", "住房改革支出");
		tables.rename(6, "2210201", "住房公积金");
		NarrativeCheck check = check(tables, null, "五、一般公共预算财政拨款支出决算情况说明", "（三）一般公共预算财政拨款支出决算具体情况",
				"1.住房保障支出（类）住房保障支出（款）住房公积金（项）：支出决算为 13.61 万元，完成调整预算 100%。");
		assertThat(check.claims()).filteredOn(c -> c.claim().claimType().name().equals("AMOUNT"))
			.singleElement()
			.satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.MATCH));
		assertThat(serious(check)).singleElement().extracting(Finding::message).asString().contains("住房改革支出");
	}

	@Test
	void aFigureTheNarrativeDoesNotDescribeIsReportedAndAClaimWithoutFigureIsKept() {
		NarrativeCheck check = check(totals(), null, "一、收入支出决算总体情况说明", "2024 年度收入总计 412 万元，政府采购支出总额 3 万元。");
		assertThat(check.findings()).filteredOn(f -> f.ruleId().equals("N.missing"))
			.extracting(Finding::message)
			.containsExactlyInAnyOrder("编制说明未说明收入支出决算总表 本年收入合计 金额（411.91 万元）", "编制说明未说明收入支出决算总表 本年支出合计 金额（411.91 万元）",
					"编制说明未说明支出决算表 合计 基本支出（199.81 万元）", "编制说明未说明支出决算表 合计 项目支出（212.11 万元）");
		assertThat(check.claims()).filteredOn(c -> c.claim().subject().equals("政府采购支出总额"))
			.singleElement()
			.satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.UNMATCHED));
		assertThat(check.findings())
			.anySatisfy(f -> assertThat(f.message()).contains("UNMATCHED").contains("政府采购支出总额"));
	}

}
