package org.juesuan.etl.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.Direction;
import org.juesuan.etl.model.UnitSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real narrative of 攀枝花市东区电子政务建设服务中心 (2024): every figure of 第二部分 read as a claim.
 */
class SeedNarrativeTests {

	static NarrativeResult seed;

	@BeforeAll
	static void readSeed() {
		seed = NarrativeReader.withDefaults().read(Seed.file());
	}

	@Test
	void namesTheDepartmentAndYear() {
		assertThat(seed.department()).isEqualTo("攀枝花市东区电子政务建设服务中心");
		assertThat(seed.year()).isEqualTo(2024);
	}

	@Test
	void everyFigureOfPartTwoBecomesAClaim() {
		ExtractionReport report = seed.report();
		assertThat(report.unaccounted()).isEmpty();
		assertThat(report.figures()).isEqualTo(report.claimedFigures()).isGreaterThan(140);
		assertThat(report.claims()).isGreaterThanOrEqualTo(report.figures());
	}

	@Test
	void totalsStatedOnceForTwoSubjectsGiveTwoClaims() {
		assertThat(seed.claimsIn("一、收入支出决算总体情况说明"))
			.extracting(Claim::claimType, Claim::subject, Claim::value, Claim::statedUnit, Claim::direction)
			.containsExactly(tuple(ClaimType.AMOUNT, "收入总计", new BigDecimal("412"), "万元", null),
					tuple(ClaimType.AMOUNT, "支出总计", new BigDecimal("412"), "万元", null),
					tuple(ClaimType.CHANGE_AMOUNT, "收入总计", new BigDecimal("191.93"), "万元", Direction.INCREASE),
					tuple(ClaimType.CHANGE_AMOUNT, "支出总计", new BigDecimal("191.93"), "万元", Direction.INCREASE),
					tuple(ClaimType.CHANGE_RATE, "收入总计", new BigDecimal("87.3"), "%", Direction.INCREASE),
					tuple(ClaimType.CHANGE_RATE, "支出总计", new BigDecimal("87.3"), "%", Direction.INCREASE));
		assertThat(seed.claimsIn("一、收入支出决算总体情况说明").get(2).comparisonYear()).isEqualTo(2023);
		assertThat(seed.claimsIn("四、财政拨款收入支出决算总体情况说明")).extracting(Claim::subject).containsOnly("财政拨款收入总计", "财政拨款支出总计");
	}

	@Test
	void listItemsCarryTheirTotalAndShare() {
		assertThat(seed.claimsIn("三、支出决算情况说明"))
			.extracting(Claim::claimType, Claim::subject, Claim::value, Claim::parent, Claim::denominator)
			.containsExactly(tuple(ClaimType.AMOUNT, "本年支出合计", new BigDecimal("411.91"), null, null),
					tuple(ClaimType.AMOUNT, "基本支出", new BigDecimal("199.81"), "本年支出合计", null),
					tuple(ClaimType.SHARE, "基本支出", new BigDecimal("48.5"), "本年支出合计", "本年支出合计"),
					tuple(ClaimType.AMOUNT, "项目支出", new BigDecimal("212.1"), "本年支出合计", null),
					tuple(ClaimType.SHARE, "项目支出", new BigDecimal("51.5"), "本年支出合计", "本年支出合计"));
		Claim project = seed.claimsIn("三、支出决算情况说明").get(3);
		assertThat(project.value().scale()).isEqualTo(1);
		assertThat(project.valueYuan()).isEqualByComparingTo("2121000");
		assertThat(project.quote()).isEqualTo("项目支出 212.1 万元，占 51.5%。");
	}

	@Test
	void sharesNameTheirDenominator() {
		assertThat(seed.claimsIn("二、收入决算情况说明")).filteredOn(c -> c.claimType() == ClaimType.SHARE)
			.extracting(Claim::subject, Claim::denominator)
			.containsExactly(tuple("一般公共预算财政拨款收入", "本年收入合计"));
		assertThat(seed.claimsIn("五、一般公共预算财政拨款支出决算情况说明/（一）")).filteredOn(c -> c.claimType() == ClaimType.SHARE)
			.extracting(Claim::subject, Claim::value, Claim::denominator)
			.containsExactly(tuple("一般公共预算财政拨款支出", new BigDecimal("100"), "本年支出合计"));
		assertThat(seed.claimsIn("五、一般公共预算财政拨款支出决算情况说明/（二）")).filteredOn(c -> c.claimType() == ClaimType.SHARE)
			.extracting(Claim::subject, Claim::value)
			.containsExactly(tuple("一般公共服务支出", new BigDecimal("85.6")), tuple("社会保障和就业支出", new BigDecimal("7.9")),
					tuple("卫生健康支出", new BigDecimal("3.2")), tuple("住房保障支出", new BigDecimal("3.3")));
	}

	@Test
	void itemLinesGiveAClassificationPathWithAmountAndCompletion() {
		List<Claim> specific = seed.claimsIn("五、一般公共预算财政拨款支出决算情况说明/（三）");
		assertThat(specific).hasSize(22);
		Claim total = specific.get(0);
		assertThat(total.subject()).isEqualTo("一般公共预算财政拨款支出");
		assertThat(total.statedUnit()).isEqualTo("万元");
		assertThat(total.unitInferred()).isTrue();
		assertThat(total.valueYuan()).isEqualByComparingTo("4119100");
		assertThat(specific.get(1).claimType()).isEqualTo(ClaimType.COMPLETION_RATE);
		Claim pension = specific.get(10);
		assertThat(pension.subject()).isEqualTo("社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）");
		assertThat(pension.path()).containsExactly("社会保障和就业", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出");
		assertThat(pension.value()).isEqualByComparingTo("16.44");
		assertThat(pension.parent()).isEqualTo("一般公共预算财政拨款支出");
		assertThat(specific.get(11)).extracting(Claim::claimType, Claim::value, Claim::path)
			.containsExactly(ClaimType.COMPLETION_RATE, new BigDecimal("100"), pension.path());
	}

	@Test
	void basicExpenditureItemsBelongToPersonnelAndPublicFunds() {
		List<Claim> basic = seed.claimsIn("六、一般公共预算财政拨款基本支出决算情况说明");
		assertThat(basic).filteredOn(c -> "人员经费".equals(c.parent())).hasSize(11);
		assertThat(basic).filteredOn(c -> "公用经费".equals(c.parent()))
			.extracting(Claim::subject)
			.containsExactly("办公费", "水费", "邮电费", "差旅费", "工会经费", "其他交通费", "其他商品和服务支出");
		assertThat(basic).filteredOn(c -> c.subject().equals("人员经费") || c.subject().equals("公用经费"))
			.extracting(Claim::parent)
			.containsOnly("一般公共预算财政拨款基本支出");
		Claim travel = bySubject(basic, "差旅费");
		assertThat(travel).extracting(Claim::statedUnit, Claim::unitSource).containsExactly("万元", UnitSource.INFERRED);
		assertThat(travel.valueYuan()).isEqualByComparingTo("15500");
		Claim transport = bySubject(basic, "其他交通费");
		assertThat(transport).extracting(Claim::statedUnit, Claim::unitSource).containsExactly("元", UnitSource.STATED);
		assertThat(transport.valueYuan()).isEqualByComparingTo("7.02");
	}

	@Test
	void threePublicExpensesIncludeCompletionChangesAndCounts() {
		List<Claim> detail = seed.claimsIn("七、财政拨款“三公”经费支出决算情况说明");
		assertThat(detail.get(0)).extracting(Claim::subject, Claim::claimType)
			.containsExactly("三公经费", ClaimType.AMOUNT);
		assertThat(detail.get(1)).extracting(Claim::subject, Claim::claimType, Claim::value)
			.containsExactly("三公经费", ClaimType.COMPLETION_RATE, BigDecimal.ZERO);
		assertThat(detail).filteredOn(c -> c.claimType() == ClaimType.SHARE)
			.extracting(Claim::subject, Claim::denominator)
			.containsExactly(tuple("因公出国（境）费", "三公经费"), tuple("公务用车购置及运行维护费", "三公经费"), tuple("公务接待费", "三公经费"));
		assertThat(detail).filteredOn(c -> c.claimType() == ClaimType.CHANGE_RATE)
			.extracting(Claim::subject)
			.containsExactly("因公出国（境）费", "公务用车购置及运行维护费", "公务接待费");
		assertThat(detail).filteredOn(c -> c.claimType() == ClaimType.COUNT)
			.extracting(Claim::statedUnit)
			.contains("次", "人", "辆", "批次", "人次");
	}

	@Test
	void otherMattersGiveOperatingCostsAndProcurement() {
		assertThat(seed.claimsIn("十、其他重要事项的情况说明/（一）"))
			.extracting(Claim::claimType, Claim::subject, Claim::value, Claim::direction)
			.containsExactly(tuple(ClaimType.AMOUNT, "机关运行经费", new BigDecimal("16.01"), null),
					tuple(ClaimType.CHANGE_AMOUNT, "机关运行经费", new BigDecimal("4.66"), Direction.INCREASE),
					tuple(ClaimType.CHANGE_RATE, "机关运行经费", new BigDecimal("41"), Direction.INCREASE));
		assertThat(seed.claimsIn("十、其他重要事项的情况说明/（二）")).extracting(Claim::subject)
			.contains("政府采购支出总额", "政府采购货物支出", "授予中小企业合同金额", "授予小微企业合同金额");
		assertThat(seed.claimsIn("十、其他重要事项的情况说明/（三）")).extracting(Claim::subject)
			.contains("单价 100 万元（含）以上设备（不含车辆）")
			.doesNotContain("单价");
	}

	@Test
	void annexFiguresAreReadWithTheirReport() {
		assertThat(seed.claimsIn("附件1")).extracting(Claim::subject, Claim::value)
			.contains(tuple("年初预算收入", new BigDecimal("417.34")), tuple("决算报表收入", new BigDecimal("412")),
					tuple("年末结转和结余", new BigDecimal("0.08")), tuple("年初预算项目", new BigDecimal("215.56")),
					tuple("总体绩效", new BigDecimal("59.1")));
		assertThat(seed.claimsIn("附件2")).extracting(Claim::topic, Claim::subject, Claim::value)
			.contains(tuple("电子政务建设及安全运维费", "财政按照流程批复预算", new BigDecimal("161.78")),
					tuple("电子政务建设及安全运维费", "实际使用", new BigDecimal("158.33")),
					tuple("电子政务建设及安全运维费", "节约", new BigDecimal("30.36")),
					tuple("东区视频会议控制室升级改造", "区电子政务中心申报", new BigDecimal("36.76")),
					tuple("集中办公区专项维修经费", "实际使用", new BigDecimal("1.6")));
		assertThat(seed.claims()).filteredOn(c -> c.claimType() == ClaimType.SCORE)
			.extracting(Claim::value)
			.contains(new BigDecimal("90"), new BigDecimal("91"));
	}

	@Test
	void yearsDatesAndItemNumbersAreNoClaims() {
		assertThat(seed.claims()).extracting(Claim::token).doesNotContain("2024", "2023", "24", "31", "12");
		assertThat(seed.claimsIn("二、机构设置")).extracting(Claim::claimType, Claim::subject, Claim::value)
			.containsExactly(tuple(ClaimType.COUNT, "二级预算单位", new BigDecimal("1")),
					tuple(ClaimType.COUNT, "行政单位", new BigDecimal("0")),
					tuple(ClaimType.COUNT, "参照公务员法管理的事业单位", new BigDecimal("1")),
					tuple(ClaimType.COUNT, "其他事业单位", new BigDecimal("0")));
	}

	private static Claim bySubject(List<Claim> claims, String subject) {
		return claims.stream().filter(c -> c.subject().equals(subject)).findFirst().orElseThrow();
	}

}
