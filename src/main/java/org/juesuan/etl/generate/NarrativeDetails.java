package org.juesuan.etl.generate;

import static org.juesuan.etl.generate.NarrativeNumbers.change;
import static org.juesuan.etl.generate.NarrativeNumbers.rate;
import static org.juesuan.etl.generate.NarrativeNumbers.share;
import static org.juesuan.etl.generate.NarrativeNumbers.wan;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/** Sections 六 (basic spending: 人员经费, 公用经费) and 七 (三公) of 第二部分, then 八 to 十. */
final class NarrativeDetails {

	private static final List<String> PERSONNEL = List.of("301", "303");

	private NarrativeDetails() {
	}

	static void write(StringBuilder text, Ledger ledger) {
		basic(text, ledger);
		threePublic(text, ledger);
		NarrativeOther.write(text, ledger);
	}

	private static void basic(StringBuilder text, Ledger ledger) {
		Predicate<Spending> basic = Ledger.from(FundSource.GENERAL).and(Ledger.of(SpendingKind.BASIC));
		BigDecimal total = ledger.spending("", basic);
		BigDecimal personnel = PERSONNEL.stream()
			.map(c -> ledger.spendingByEconomic(c, basic))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		text.append("六、一般公共预算财政拨款基本支出决算情况说明\n\n")
			.append(ledger.data().year())
			.append(" 年度一般公共预算财政拨款基本支出 ")
			.append(wan(total))
			.append(" 万元，其中：\n\n人员经费 ")
			.append(wan(personnel))
			.append(" 万元，主要包括：")
			.append(items(ledger, basic, true))
			.append("。\n\n公用经费 ")
			.append(wan(total.subtract(personnel)))
			.append(" 万元，主要包括：")
			.append(items(ledger, basic, false))
			.append("。\n\n");
	}

	private static String items(Ledger ledger, Predicate<Spending> basic, boolean personnel) {
		return String.join("、",
				ledger.economicCodes()
					.stream()
					.filter(c -> PERSONNEL.contains(c.substring(0, 3)) == personnel)
					.filter(c -> ledger.spendingByEconomic(c, basic).signum() != 0)
					.map(c -> EconomicClassification.name(c) + " " + wan(ledger.spendingByEconomic(c, basic)) + " 万元")
					.toList());
	}

	private static void threePublic(StringBuilder text, Ledger ledger) {
		DepartmentData data = ledger.data();
		ThreePublic budget = data.threePublicBudget();
		ThreePublic actual = data.threePublicActual();
		ThreePublic prior = data.facts().prior().threePublic();
		int year = data.year();
		text.append("七、财政拨款“三公”经费支出决算情况说明\n\n（一）“三公”经费财政拨款支出决算总体情况说明\n\n")
			.append(year)
			.append(" 年度“三公”经费财政拨款支出决算为 ")
			.append(wan(actual.total()))
			.append(" 万元，")
			.append(completion(actual.total(), budget.total()))
			.append("。\n\n（二）“三公”经费财政拨款支出决算具体情况说明\n\n")
			.append(year)
			.append(" 年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 ")
			.append(wan(actual.abroad()))
			.append(" 万元，占 ")
			.append(share(actual.abroad(), actual.total()))
			.append("；公务用车购置及运行维护费支出决算 ")
			.append(wan(actual.car()))
			.append(" 万元，占 ")
			.append(share(actual.car(), actual.total()))
			.append("；公务接待费支出决算 ")
			.append(wan(actual.reception()))
			.append(" 万元，占 ")
			.append(share(actual.reception(), actual.total()))
			.append("。\n\n");
		text.append("1.因公出国（境）经费支出 ")
			.append(wan(actual.abroad()))
			.append(" 万元，")
			.append(completion(actual.abroad(), budget.abroad()))
			.append("。全年安排因公出国（境）团组 0 次，出国（境）0 人。因公出国（境）支出决算比 ")
			.append(year - 1)
			.append(" 年度")
			.append(change(actual.abroad(), prior.abroad()))
			.append("。\n\n");
		car(text, data, prior);
		reception(text, data, prior);
	}

	private static void reception(StringBuilder text, DepartmentData data, ThreePublic prior) {
		ThreePublic actual = data.threePublicActual();
		ThreePublic budget = data.threePublicBudget();
		int year = data.year();
		text.append("3.公务接待费支出 ")
			.append(wan(actual.reception()))
			.append(" 万元，")
			.append(completion(actual.reception(), budget.reception()))
			.append("。公务接待费支出决算比 ")
			.append(year - 1)
			.append(" 年度")
			.append(change(actual.reception(), prior.reception()))
			.append("。\n\n其中：国内公务接待支出 ")
			.append(wan(actual.reception()))
			.append(" 万元。国内公务接待 ")
			.append(data.facts().receptionBatches())
			.append(" 批次，")
			.append(data.facts().receptionPersons())
			.append(" 人次（不包括陪同人员），共计支出 ")
			.append(wan(actual.reception()))
			.append(" 万元。\n\n外事接待支出 0 万元。外事接待 0 批次，0 人次（不包括陪同人员），共计支出 0 万元。\n\n");
	}

	private static void car(StringBuilder text, DepartmentData data, ThreePublic prior) {
		ThreePublic actual = data.threePublicActual();
		int bought = actual.carPurchase().signum() > 0 ? 1 : 0;
		text.append("2.公务用车购置及运行维护费支出 ")
			.append(wan(actual.car()))
			.append(" 万元，")
			.append(completion(actual.car(), data.threePublicBudget().car()))
			.append("。公务用车购置及运行维护费支出决算比 ")
			.append(data.year() - 1)
			.append(" 年度")
			.append(change(actual.car(), prior.car()))
			.append("。\n\n其中：公务用车购置支出 ")
			.append(wan(actual.carPurchase()))
			.append(" 万元。全年按规定更新购置公务用车 ")
			.append(bought)
			.append(" 辆，其中：轿车 0 辆、金额 0 万元，越野车 ")
			.append(bought)
			.append(" 辆、金额 ")
			.append(wan(actual.carPurchase()))
			.append(" 万元，载客汽车 0 辆、金额 0 万元。截至 ")
			.append(data.year())
			.append(" 年 12 月 31 日，单位共有公务用车 ")
			.append(data.facts().vehicles())
			.append(" 辆，其中：轿车 0 辆、越野车 ")
			.append(data.facts().vehicles())
			.append(" 辆、载客汽车 0 辆。\n\n公务用车运行维护费支出 ")
			.append(wan(actual.carRunning()))
			.append(" 万元。主要用于公务用车燃料费、维修费、过路过桥费、保险费等支出。\n\n");
	}

	/**
	 * "完成预算 x%", or a statement that no budget was arranged (a 0 budget yields no rate).
	 */
	static String completion(BigDecimal actual, BigDecimal budget) {
		String rate = rate(actual, budget);
		return rate == null ? "未安排预算" : "完成预算 " + rate;
	}

}
