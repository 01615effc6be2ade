package org.juesuan.etl.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.Direction;
import org.juesuan.etl.model.UnitSource;
import org.junit.jupiter.api.Test;

/**
 * A hand-made narrative in the same template with the wording other departments use: 下降,
 * 持平, 比上年, thousands separators, amounts in 元 and 亿元, a figure without a unit, 上年结转和结余,
 * 日常公用经费.
 */
class VariantNarrativeTests {

	private static final String TEXT = """
			2023年度某区市场监督管理局
			部门决算公开编制说明
			第二部分 2023年度部门决算情况说明
			一、收入支出决算总体情况说明
			2023年度收入、支出总计均为2,946.25万元。与上年相比，收入、支出总计各减少120.5万元，下降5.2%。
			二、收入决算情况说明
			2023年度本年收入合计2,800万元，其中：一般公共预算财政拨款收入2,800万元，占100%。上年结转和结余146.25万元。
			三、支出决算情况说明
			本年支出合计 1.2 亿元，其中：基本支出 8,000 万元，占 66.7%；项目支出 4,000 万元，占 33.3%。
			六、一般公共预算财政拨款基本支出决算情况说明
			人员经费 1,234,567.89 元，主要包括：基本工资 500,000 元。
			日常公用经费 35.6 万元，比上年增长 3.2%。
			七、财政拨款“三公”经费支出决算情况说明
			2023年度“三公”经费财政拨款支出决算为 12.5，完成预算 98.5%。与上年持平。
			公务用车购置及运行费 3 万元。
			十、其他重要事项的情况说明
			（一）机关运行经费支出情况
			2023年度，某区市场监督管理局机关运行经费支出 35.6 万元，比 2022 年减少 2 万元，降低 5.3%。
			""";

	private final NarrativeResult result = NarrativeReader.withDefaults().read(NarrativeText.paragraphs(TEXT), null);

	@Test
	void thousandsSeparatorsAndDecreasesAreRead() {
		assertThat(result.claimsIn("一、收入支出决算总体情况说明"))
			.extracting(Claim::claimType, Claim::subject, Claim::token, Claim::value, Claim::direction,
					Claim::comparisonYear)
			.containsExactly(tuple(ClaimType.AMOUNT, "收入总计", "2,946.25", new BigDecimal("2946.25"), null, null),
					tuple(ClaimType.AMOUNT, "支出总计", "2,946.25", new BigDecimal("2946.25"), null, null),
					tuple(ClaimType.CHANGE_AMOUNT, "收入总计", "120.5", new BigDecimal("120.5"), Direction.DECREASE, 2022),
					tuple(ClaimType.CHANGE_AMOUNT, "支出总计", "120.5", new BigDecimal("120.5"), Direction.DECREASE, 2022),
					tuple(ClaimType.CHANGE_RATE, "收入总计", "5.2", new BigDecimal("5.2"), Direction.DECREASE, 2022),
					tuple(ClaimType.CHANGE_RATE, "支出总计", "5.2", new BigDecimal("5.2"), Direction.DECREASE, 2022));
		assertThat(result.claims().get(0).valueYuan()).isEqualByComparingTo("29462500");
		assertThat(result.claims().get(2).signedValue()).isEqualByComparingTo("-120.5");
	}

	@Test
	void aliasesNameTheCanonicalSubject() {
		assertThat(result.claimsIn("二、收入决算情况说明")).extracting(Claim::subject).contains("年初结转和结余");
		assertThat(result.claimsIn("六、一般公共预算财政拨款基本支出决算情况说明")).extracting(Claim::claimType, Claim::subject)
			.contains(tuple(ClaimType.AMOUNT, "公用经费"), tuple(ClaimType.CHANGE_RATE, "公用经费"));
		assertThat(result.claimsIn("七、财政拨款“三公”经费支出决算情况说明")).extracting(Claim::subject).contains("公务用车购置及运行维护费");
	}

	@Test
	void yuanAndHundredMillionAmountsAreConvertedExactly() {
		assertThat(result.claimsIn("三、支出决算情况说明")).extracting(Claim::subject, Claim::statedUnit, Claim::valueYuan)
			.contains(tuple("本年支出合计", "亿元", new BigDecimal("1.2").multiply(new BigDecimal("100000000"))),
					tuple("基本支出", "万元", new BigDecimal("80000000")));
		List<Claim> basic = result.claimsIn("六、一般公共预算财政拨款基本支出决算情况说明");
		assertThat(basic.get(0)).extracting(Claim::subject, Claim::statedUnit, Claim::valueYuan)
			.containsExactly("人员经费", "元", new BigDecimal("1234567.89"));
		assertThat(basic.get(1)).extracting(Claim::subject, Claim::parent).containsExactly("基本工资", "人员经费");
	}

	@Test
	void aMissingUnitIsInferredAndFlagged() {
		Claim threePublic = result.claimsIn("七、财政拨款“三公”经费支出决算情况说明").get(0);
		assertThat(threePublic).extracting(Claim::subject, Claim::value, Claim::statedUnit, Claim::unitSource)
			.containsExactly("三公经费", new BigDecimal("12.5"), "万元", UnitSource.INFERRED);
		assertThat(threePublic.unitInferred()).isTrue();
		assertThat(threePublic.valueYuan()).isEqualByComparingTo("125000");
	}

	@Test
	void flatIsAChangeOfZero() {
		assertThat(result.claims()).filteredOn(c -> c.direction() == Direction.FLAT)
			.extracting(Claim::claimType, Claim::subject, Claim::value, Claim::token, Claim::comparisonYear)
			.containsExactly(tuple(ClaimType.CHANGE_AMOUNT, "三公经费", BigDecimal.ZERO, "持平", 2022));
	}

	@Test
	void explicitComparisonYearAndOtherDecreaseWords() {
		assertThat(result.claimsIn("十、其他重要事项的情况说明"))
			.extracting(Claim::claimType, Claim::subject, Claim::direction, Claim::comparisonYear)
			.containsExactly(tuple(ClaimType.AMOUNT, "机关运行经费", null, null),
					tuple(ClaimType.CHANGE_AMOUNT, "机关运行经费", Direction.DECREASE, 2022),
					tuple(ClaimType.CHANGE_RATE, "机关运行经费", Direction.DECREASE, 2022));
		assertThat(result.report().unaccounted()).isEmpty();
	}

	/**
	 * "2、…（项）。主要用于：" opens a list of its own, which the next item "3、" closes: 药品事务 is an
	 * item of the 其中 total before them, not of 一般行政管理事务.
	 */
	@Test
	void aNumberedItemIsTheSiblingOfTheItemBeforeItNotOneOfItsItems() {
		NarrativeResult items = NarrativeReader.withDefaults().read(NarrativeText.paragraphs("""
				2024年度某区市场监督管理局
				第二部分 2024年度部门决算情况说明
				五、一般公共预算财政拨款支出决算情况说明
				一般公共预算财政拨款支出年初预算为1095.36万元，支出决算为1098.98万元，完成年初预算的100.33%。
				其中：
				1、一般公共服务支出（类）市场监督管理事务（款）一般行政管理事务（项）。主要用于：
				一般行政管理事务相关工作经费。年初预算为106.32万元，支出决算为91.52万元，完成年初预算的86.07%。
				2、一般公共服务支出（类）市场监督管理事务（款）药品事务（项）。主要用于：药品事务相关工作经费。年初预算为83.41万元，支出决算为99.42万元，完成年初预算的119.19%。
				"""), null);
		assertThat(items.claims()).filteredOn(c -> c.claimType() == ClaimType.AMOUNT)
			.extracting(Claim::subject, Claim::value, Claim::parent)
			.containsExactly(tuple("一般公共预算财政拨款支出", new BigDecimal("1098.98"), null),
					tuple("一般公共服务支出（类）市场监督管理事务（款）一般行政管理事务（项）", new BigDecimal("91.52"), null),
					tuple("一般公共服务支出（类）市场监督管理事务（款）药品事务（项）", new BigDecimal("99.42"), "一般公共预算财政拨款支出"));
	}

}
