package org.juesuan.etl.generate;

import static org.juesuan.etl.generate.NarrativeNumbers.rate;
import static org.juesuan.etl.generate.NarrativeNumbers.wan;

import java.math.BigDecimal;
import java.util.List;

/**
 * Section 五(三): each general-fund 项 as “XX支出（类）YY（款）ZZ（项）” with its completion of the
 * 调整预算.
 */
final class NarrativeItems {

	private NarrativeItems() {
	}

	static void write(StringBuilder text, Ledger ledger, List<String> codes, BigDecimal total) {
		BigDecimal budget = codes.stream().map(ledger::adjustedBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
		text.append("(三) 一般公共预算财政拨款支出决算具体情况\n\n")
			.append(ledger.data().year())
			.append(" 年度一般公共预算财政拨款支出决算数为 ")
			.append(wan(total))
			.append(" 万元，完成调整预算 ")
			.append(rate(total, budget))
			.append("。其中：\n\n");
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			BigDecimal amount = ledger.spending(code, Ledger.from(FundSource.GENERAL));
			BigDecimal itemBudget = ledger.adjustedBudget(code);
			text.append(i + 1)
				.append('.')
				.append(subject(code))
				.append("：支出决算为 ")
				.append(wan(amount))
				.append(" 万元，完成调整预算 ")
				.append(rate(amount, itemBudget))
				.append("。");
			if (amount.compareTo(itemBudget) < 0) {
				text.append("决算数小于调整预算数的主要原因是部分项目按实际进度支付，剩余资金结转下年使用。");
			}
			text.append("\n\n");
		}
	}

	/** “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”. */
	static String subject(String code) {
		return FunctionalClassification.name(code.substring(0, 3)) + "（类）"
				+ FunctionalClassification.name(code.substring(0, 5)) + "（款）" + FunctionalClassification.name(code)
				+ "（项）";
	}

}
