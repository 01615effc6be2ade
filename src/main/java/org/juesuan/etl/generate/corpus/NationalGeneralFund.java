package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.FunctionalClassification;
import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;

/**
 * Section 五 of the national narrative: 一般公共预算财政拨款支出 总体, 结构 and 具体 (one line per 项 of T5).
 */
final class NationalGeneralFund {

	private NationalGeneralFund() {
	}

	static void write(List<Paragraph> out, Writing w) {
		Ledger l = w.ledger();
		BigDecimal general = l.spending("", Ledger.from(FundSource.GENERAL));
		BigDecimal all = l.spending("", s -> true);
		out.add(Paragraph.of("h五", "五、一般公共预算财政拨款支出决算情况说明"));
		out.add(Paragraph.of("h五.一", "（一）一般公共预算财政拨款支出决算总体情况"));
		out.add(Paragraph.of("五.一",
				"一般公共预算财政拨款支出" + w.wan(general) + "，占本年支出合计的 " + w.fig().share(general, all) + "。与 " + (w.year() - 1)
						+ " 年度相比，一般公共预算财政拨款支出" + w.change(general, w.story().priorGeneral())
						+ NationalNarrative.reason(general, w.story().priorGeneral(), w)));
		out.add(Paragraph.of("h五.二", "（二）一般公共预算财政拨款支出决算结构情况"));
		List<Part> classes = codes(l).stream()
			.map(c -> c.substring(0, 3))
			.distinct()
			.map(c -> new Part(FunctionalClassification.name(c) + "（类）",
					l.spending(c, Ledger.from(FundSource.GENERAL))))
			.toList();
		out.add(Paragraph.of("五.二",
				"一般公共预算财政拨款支出" + w.wan(general) + "，主要用于以下方面：" + NationalNarrative.list(w, classes, general) + "。"));
		out.add(Paragraph.of("h五.三", "（三）一般公共预算财政拨款支出决算具体情况"));
		BigDecimal budget = codes(l).stream()
			.map(c -> w.story().budgets().get(c))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		out.add(Paragraph.of("五.三", "一般公共预算财政拨款支出年初预算为" + w.wan(budget) + "，支出决算为" + w.wan(general) + "，完成年初预算的 "
				+ w.fig().share(general, budget) + "。" + comparison(budget, general, "年中追加项目经费", "严格控制一般性支出") + "其中："));
		List<String> codes = codes(l);
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			out.add(Paragraph.of("五.三." + (i + 1), line(w, i + 1, code, w.story().budgets().get(code),
					l.spending(code, Ledger.from(FundSource.GENERAL)))));
		}
	}

	/** The 项 of T5 (一般公共预算财政拨款支出决算表), in code order. */
	static List<String> codes(Ledger l) {
		return l.functionCodes()
			.stream()
			.filter(c -> l.spending(c, Ledger.from(FundSource.GENERAL)).signum() != 0)
			.toList();
	}

	/** "1、类（类）款（款）项（项）。主要用于：…。年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 C%。…" */
	static String line(Writing w, int n, String code, BigDecimal budget, BigDecimal actual) {
		String rate = Figures.wan(budget).signum() == 0 ? "" : "，完成年初预算的 " + w.fig().share(actual, budget);
		return w.style().numbering().of(n) + w.itemName(code) + "。主要用于：" + Purposes.of(code) + "。年初预算为" + w.wan(budget)
				+ "，支出决算为" + w.wan(actual) + rate + "。"
				+ comparison(budget, actual, Purposes.increase(code), Purposes.decrease(code));
	}

	/** 决算数大于/小于预算数的主要原因：…。 or 预决算持平。 compared on published values. */
	static String comparison(BigDecimal budget, BigDecimal actual, String up, String down) {
		int sign = Figures.wan(actual).compareTo(Figures.wan(budget));
		if (sign == 0) {
			return "预决算持平。";
		}
		return sign > 0 ? "决算数大于预算数的主要原因：" + up + "。" : "决算数小于预算数的主要原因：" + down + "。";
	}

}
