package org.juesuan.etl.reconcile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.IndexFixture;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.TemplateSets;
import org.juesuan.etl.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Expressions, bindings and rounding-aware tolerance, on figures built in code. */
class RuleEngineTests {

	static final TemplateSets TEMPLATES = Templates.ALL;
	static final List<Rule> RULES = RuleLoader.load(new RuleProperties(Path.of("config/rules").toString()));

	private final FindingFactory factory = new FindingFactory(TEMPLATES);

	static Rule rule(String id) {
		return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	List<Finding> run(String ruleId, FigureIndex index) {
		return Evaluator.evaluate(rule(ruleId), index, null)
			.stream()
			.map(o -> factory.finding(o, index))
			.flatMap(Optional::stream)
			.toList();
	}

	@Test
	void aRowSumThatHoldsGivesNothing() {
		FigureIndex index = new IndexFixture().put(3, "2080505", "本年支出合计", "16.44", "C12")
			.put(3, "2080505", "基本支出", "16.44", "D12")
			.put(3, "2080505", "项目支出", "0.00", "E12")
			.index();
		assertThat(run("T3.row-sum", index)).isEmpty();
	}

	@Test
	void aBrokenRowSumNamesCellsNumbersAndDifference() {
		FigureIndex index = new IndexFixture().put(3, "2080505", "本年支出合计", "26.44", "C12")
			.put(3, "2080505", "基本支出", "16.44", "D12")
			.put(3, "2080505", "项目支出", "0.00", "E12")
			.index();

		List<Finding> findings = run("T3.row-sum", index);

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.message()).isEqualTo("支出决算表 2080505 行：本年支出合计 26.44 万元 ≠ 基本支出 16.44 + 项目支出 0.00，差 10.00 万元");
			assertThat(f.location()).isEqualTo("公开03表!C12; 公开03表!D12+公开03表!E12");
			assertThat(f.expectedYuan()).isEqualByComparingTo("164400");
			assertThat(f.actualYuan()).isEqualByComparingTo("264400");
			assertThat(f.differenceYuan()).isEqualByComparingTo("100000");
			assertThat(f.tables()).isEqualTo("3");
			assertThat(f.rowRef()).isEqualTo("2080505");
			assertThat(f.columnName()).isEqualTo("本年支出合计");
		});
	}

	@Test
	void aDifferenceExactlyAtTheRoundingBoundIsInfo() {
		// three figures at 0.01 万元: bound = 3 × 0.005 = 0.015 万元; 13.14 vs 7.45 + 1.02 +
		// 4.66 = 13.13 → 0.01
		FigureIndex index = new IndexFixture().put(6, "210", "合计", "13.14", "C5")
			.put(6, "21011", "合计", "13.13", "C6")
			.put(6, "2101101", "合计", "7.45", "C7")
			.put(6, "2101102", "合计", "1.02", "C8")
			.put(6, "2101103", "合计", "4.66", "C9")
			.index();
		List<Finding> findings = run("T6.hierarchy", index);
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.INFO);
			assertThat(f.rowRef()).isEqualTo("210");
			assertThat(f.message()).contains("差 0.01 万元").contains("舍入误差 ±0.01 万元");
		});
	}

	@Test
	void exactlyAtTheBoundIsInfoAndOneCentBeyondIsTheRuleSeverity() {
		// bound = 199.81 万元 ±50 元 + two 元 figures ±0.005 元 each = 50.01 元
		FigureIndex at = new IndexFixture().unit(8, "元")
			.put(6, "合计", "基本支出", "199.81", "D5")
			.put(8, "人员经费合计", "决算数", "1837900.00", "C30")
			.put(8, "公用经费合计", "决算数", "160149.99", "F30")
			.index();
		assertThat(run("T6~T8.basic", at)).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.INFO);
			assertThat(f.differenceYuan()).isEqualByComparingTo("50.01");
		});
		FigureIndex beyond = new IndexFixture().unit(8, "元")
			.put(6, "合计", "基本支出", "199.81", "D5")
			.put(8, "人员经费合计", "决算数", "1837900.00", "C30")
			.put(8, "公用经费合计", "决算数", "160149.98", "F30")
			.index();
		assertThat(run("T6~T8.basic", beyond)).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
	}

	@Test
	void mixedUnitsCompareInYuanWithEachFiguresOwnPrecision() {
		// T6 in 万元 (±50 元), T8 in 元 (±0.005 元 each): 199.81 万元 vs 1,837,940 + 160,140 =
		// 1,998,080 元 → 20 元 < 50 元
		FigureIndex index = new IndexFixture().unit(8, "元")
			.put(6, "合计", "基本支出", "199.81", "D5")
			.put(8, "人员经费合计", "决算数", "1837940.00", "C30")
			.put(8, "公用经费合计", "决算数", "160140.00", "F30")
			.index();
		assertThat(run("T6~T8.basic", index)).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.INFO);
			assertThat(f.tables()).isEqualTo("6,8");
			assertThat(f.differenceYuan()).isEqualByComparingTo("20");
		});
		FigureIndex off = new IndexFixture().unit(8, "元")
			.put(6, "合计", "基本支出", "199.81", "D5")
			.put(8, "人员经费合计", "决算数", "1837900.00", "C30")
			.put(8, "公用经费合计", "决算数", "160000.00", "F30")
			.index();
		assertThat(run("T6~T8.basic", off)).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
	}

	@Test
	void hierarchyChecksEveryParentAndColumn() {
		FigureIndex index = new IndexFixture().put(2, "合计", "本年收入合计", "30.00", "C5")
			.put(2, "合计", "事业收入", "5.00", "D5")
			.put(2, "201", "本年收入合计", "30.00", "C6")
			.put(2, "201", "事业收入", "5.00", "D6")
			.put(2, "20101", "本年收入合计", "20.00", "C7")
			.put(2, "20101", "事业收入", "5.00", "D7")
			.put(2, "20102", "本年收入合计", "9.00", "C8")
			.put(2, "20102", "事业收入", "0.00", "D8")
			.index();
		assertThat(run("T2.hierarchy", index)).singleElement().satisfies(f -> {
			assertThat(f.rowRef()).isEqualTo("201");
			assertThat(f.columnName()).isEqualTo("本年收入合计");
			assertThat(f.location()).isEqualTo("公开02表!C6; 公开02表!C7+公开02表!C8");
			assertThat(f.message()).contains("下级科目合计");
		});
	}

	@Test
	void crossTableClassRowsCompareTheUnionOfRowsAndMissingCodesCountZero() {
		FigureIndex index = new IndexFixture().put(1, "201", "金额", "10.00", "C6")
			.put(1, "208", "金额", "0.00", "C7")
			.put(3, "201", "本年支出合计", "10.00", "C6")
			.put(3, "210", "本年支出合计", "2.00", "C8")
			.index();
		assertThat(run("T3~T1.class", index)).singleElement().satisfies(f -> {
			assertThat(f.rowRef()).isEqualTo("210");
			assertThat(f.tables()).isEqualTo("3,1");
			assertThat(f.message()).startsWith("支出决算表 210 行：本年支出合计 2.00 万元 ≠ 收入支出决算总表");
		});
	}

	@Test
	void aRuleOnAnAbsentTableOrLabelledRowDoesNotApply() {
		FigureIndex index = new IndexFixture().put(3, "合计", "本年支出合计", "10.00", "C5").index();
		assertThat(run("T3~T1.expenditure-total", index)).isEmpty();
		assertThat(run("T13.vehicles", new IndexFixture().put(13, "公务用车购置及运行维护费", "决算数", "5.00", "F7").index()))
			.isEmpty();
	}

	@Test
	void atMostRulesFlagOnlyTheExcess() {
		FigureIndex ok = new IndexFixture().unit(8, "元")
			.put(8, "30217", "决算数", "500.00", "C20")
			.put(13, "公务接待费", "决算数", "0.05", "L7")
			.index();
		assertThat(run("T8~T13.reception", ok)).isEmpty();
		FigureIndex bad = new IndexFixture().unit(8, "元")
			.put(8, "30217", "决算数", "1500.00", "C20")
			.put(13, "公务接待费", "决算数", "0.10", "L7")
			.index();
		assertThat(run("T8~T13.reception", bad)).singleElement().satisfies(f -> {
			assertThat(f.message()).contains(">");
			assertThat(f.differenceYuan()).isEqualByComparingTo("500");
		});
	}

	@Test
	void yearOverYearComparesWithThePreviousYear() {
		FigureIndex previous = new IndexFixture().put(1, "年末结转和结余", "金额", "55.34", "F12").index("测试局", 2023);
		FigureIndex current = new IndexFixture().put(1, "年初结转和结余", "金额", "49.14", "C12").index();
		List<Finding> findings = Evaluator.evaluate(rule("T1.yoy-opening"), current, previous)
			.stream()
			.map(o -> factory.finding(o, current))
			.flatMap(Optional::stream)
			.toList();
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo("year-over-year");
			assertThat(f.message()).contains("上年");
			assertThat(f.differenceYuan()).isEqualByComparingTo("-62000");
		});
		assertThat(Evaluator.evaluate(rule("T1.yoy-opening"), current, null)).isEmpty();
	}

	@Test
	void fingerprintsAreStableAcrossRunsAndLayouts() {
		FigureIndex a = new IndexFixture().put(3, "2080505", "本年支出合计", "26.44", "C12")
			.put(3, "2080505", "基本支出", "16.44", "D12")
			.index();
		FigureIndex b = new IndexFixture().put(3, "2080505", "本年支出合计", "26.44", "C40")
			.put(3, "2080505", "基本支出", "16.44", "D40")
			.index();
		assertThat(run("T3.row-sum", a).get(0).fingerprint()).isEqualTo(run("T3.row-sum", b).get(0).fingerprint());
	}

}
