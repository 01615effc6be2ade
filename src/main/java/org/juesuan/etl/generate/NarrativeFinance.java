package org.juesuan.etl.generate;

import static org.juesuan.etl.generate.NarrativeNumbers.change;
import static org.juesuan.etl.generate.NarrativeNumbers.share;
import static org.juesuan.etl.generate.NarrativeNumbers.wan;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * Sections 一 to 五 of 第二部分: totals, income, expenditure, fiscal totals, general-fund
 * spending.
 */
final class NarrativeFinance {

	private NarrativeFinance() {
	}

	static void write(StringBuilder text, Ledger ledger) {
		DepartmentData data = ledger.data();
		NarrativeFacts.PriorYear prior = data.facts().prior();
		int year = data.year();
		BigDecimal income = ledger.income("", s -> true);
		BigDecimal spending = ledger.spending("", s -> true);
		BigDecimal total = income.add(ledger.opening("", s -> true));
		text.append("一、收入支出决算总体情况说明\n\n")
			.append(year)
			.append(" 年度收入、支出总计均为 ")
			.append(wan(total))
			.append(" 万元。与 ")
			.append(year - 1)
			.append(" 年度相比，收入、支出总计各")
			.append(change(total, prior.grandTotal()))
			.append("。主要变动原因是项目支出规模变化。\n\n");
		text.append("二、收入决算情况说明\n\n")
			.append(year)
			.append(" 年度本年收入合计 ")
			.append(wan(income))
			.append(" 万元，其中：")
			.append(incomeParts(ledger, income))
			.append("。\n\n");
		text.append("三、支出决算情况说明\n\n")
			.append(year)
			.append(" 年度本年支出合计 ")
			.append(wan(spending))
			.append(" 万元，其中：")
			.append(spendingParts(ledger, spending))
			.append("。\n\n");
		BigDecimal fiscalTotal = ledger.income("", FundSource::fiscal).add(ledger.opening("", FundSource::fiscal));
		text.append("四、财政拨款收入支出决算总体情况说明\n\n")
			.append(year)
			.append(" 年度财政拨款收入、支出总计均为 ")
			.append(wan(fiscalTotal))
			.append(" 万元。与 ")
			.append(year - 1)
			.append(" 年度相比，财政拨款收入总计、支出总计各")
			.append(change(fiscalTotal, prior.fiscalTotal()))
			.append("。主要变动原因是财政拨款项目支出规模变化。\n\n");
		generalFund(text, ledger, spending);
	}

	private static String incomeParts(Ledger ledger, BigDecimal income) {
		StringBuilder parts = new StringBuilder();
		for (FundSource source : FundSource.values()) {
			BigDecimal amount = ledger.income("", s -> s == source);
			parts.append(parts.length() == 0 ? "" : "；")
				.append(source.incomeName())
				.append(' ')
				.append(wan(amount))
				.append(" 万元，占 ")
				.append(share(amount, income));
		}
		return parts.toString();
	}

	private static String spendingParts(Ledger ledger, BigDecimal spending) {
		StringBuilder parts = new StringBuilder();
		for (SpendingKind kind : SpendingKind.values()) {
			BigDecimal amount = ledger.spending("", Ledger.of(kind));
			parts.append(parts.length() == 0 ? "" : "；")
				.append(kind.label())
				.append(' ')
				.append(wan(amount))
				.append(" 万元，占 ")
				.append(share(amount, spending));
		}
		return parts.toString();
	}

	private static void generalFund(StringBuilder text, Ledger ledger, BigDecimal spending) {
		int year = ledger.data().year();
		Predicate<Spending> general = Ledger.from(FundSource.GENERAL);
		BigDecimal total = ledger.spending("", general);
		text.append("五、一般公共预算财政拨款支出决算情况说明\n\n(一) 一般公共预算财政拨款支出决算总体情况\n\n")
			.append(year)
			.append(" 年度一般公共预算财政拨款支出 ")
			.append(wan(total))
			.append(" 万元，占本年支出合计的 ")
			.append(share(total, spending))
			.append("。与 ")
			.append(year - 1)
			.append(" 年度相比，一般公共预算财政拨款支出")
			.append(change(total, ledger.data().facts().prior().generalSpending()))
			.append("。\n\n");
		List<String> codes = ledger.functionCodes()
			.stream()
			.filter(c -> ledger.spending(c, general).signum() != 0)
			.toList();
		text.append("(二) 一般公共预算财政拨款支出决算结构情况\n\n")
			.append(year)
			.append(" 年度一般公共预算财政拨款支出 ")
			.append(wan(total))
			.append(" 万元，主要用于以下方面：");
		List<String> classes = codes.stream().map(c -> c.substring(0, 3)).distinct().toList();
		for (int i = 0; i < classes.size(); i++) {
			BigDecimal amount = ledger.spending(classes.get(i), general);
			text.append(i == 0 ? "" : "；")
				.append(FunctionalClassification.name(classes.get(i)))
				.append(' ')
				.append(wan(amount))
				.append(" 万元，占 ")
				.append(share(amount, total));
		}
		text.append("。\n\n");
		NarrativeItems.write(text, ledger, codes, total);
	}

}
