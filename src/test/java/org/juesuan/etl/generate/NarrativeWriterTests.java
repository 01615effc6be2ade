package org.juesuan.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.etl.generate.NarrativeNumbers.wan;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated narratives follow the seed's structure and state the tables' figures. */
class NarrativeWriterTests {

	static Stream<DepartmentPackage> generated() {
		return Stream.of(SampleDepartments.educationBureau(), SampleDepartments.housingBureau());
	}

	@ParameterizedTest
	@MethodSource("generated")
	void sectionsComeInTheSeedOrder(DepartmentPackage pkg) {
		String text = NarrativeWriter.write(pkg.data());
		List<String> headings = List.of("第一部分 部门概况", "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明",
				"五、一般公共预算财政拨款支出决算情况说明", "六、一般公共预算财政拨款基本支出决算情况说明", "七、财政拨款“三公”经费支出决算情况说明", "八、政府性基金预算支出决算情况说明",
				"九、国有资本经营预算支出决算情况说明", "十、其他重要事项的情况说明", "第三部分 名词解释", "第五部分 附表");
		assertThat(text).containsSubsequence(headings);
	}

	@ParameterizedTest
	@MethodSource("generated")
	void headlineFiguresMatchTheTables(DepartmentPackage pkg) {
		String text = NarrativeWriter.write(pkg.data());
		KeyTotals totals = KeyTotals.of(pkg.data());
		assertThat(text).contains("本年收入合计 " + wan(totals.income()) + " 万元")
			.contains("本年支出合计 " + wan(totals.spending()) + " 万元")
			.contains("基本支出 " + wan(totals.basic()) + " 万元")
			.contains("人员经费 " + wan(totals.personnel()) + " 万元")
			.contains("公用经费 " + wan(totals.publicFunds()) + " 万元")
			.contains("“三公”经费财政拨款支出决算为 " + wan(totals.threePublic()) + " 万元")
			.contains("收入、支出总计均为 " + wan(totals.income().add(totals.opening())) + " 万元");
	}

	@ParameterizedTest
	@MethodSource("generated")
	void everyGeneralFundItemIsListedWithItsAmount(DepartmentPackage pkg) {
		String text = NarrativeWriter.write(pkg.data());
		Ledger ledger = new Ledger(pkg.data());
		for (String code : ledger.functionCodes()) {
			var amount = ledger.spending(code, Ledger.from(FundSource.GENERAL));
			if (amount.signum() != 0) {
				assertThat(text).contains(NarrativeItems.subject(code) + "：支出决算为 " + wan(amount) + " 万元");
			}
		}
	}

	@Test
	void aZeroBudgetGivesNoCompletionRate() {
		String text = NarrativeWriter.write(SampleDepartments.educationBureau().data());
		assertThat(text).contains("因公出国（境）经费支出 0 万元，未安排预算").doesNotContain("完成预算 0%");
	}

	@Test
	void sharesAndChangesAreWrittenLikeTheSeed() {
		assertThat(NarrativeNumbers.share(new java.math.BigDecimal("1998070"), new java.math.BigDecimal("4119130")))
			.isEqualTo("48.5%");
		assertThat(NarrativeNumbers.wan(new java.math.BigDecimal("16000"))).isEqualTo("1.6");
		assertThat(NarrativeNumbers.change(new java.math.BigDecimal("4120000"), new java.math.BigDecimal("2200700")))
			.isEqualTo("增加 191.93 万元，增长 87.2%");
	}

	@Test
	void theHousingBureauNarrativeDescribesItsGovernmentFund() {
		String text = NarrativeWriter.write(SampleDepartments.housingBureau().data());
		assertThat(text).contains("其中：城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项） 691.35 万元");
	}

}
