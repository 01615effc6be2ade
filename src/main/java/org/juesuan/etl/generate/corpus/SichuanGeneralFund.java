package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.EconomicClassification;
import org.juesuan.etl.generate.FunctionalClassification;
import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;

/** Sections 五 (一般公共预算财政拨款支出) and 六 (基本支出 with item amounts) of a Sichuan narrative. */
final class SichuanGeneralFund {

	private SichuanGeneralFund() {
	}

	static void write(List<Paragraph> out, Writing w) {
		Ledger l = w.ledger();
		int y = w.year();
		BigDecimal general = l.spending("", Ledger.from(FundSource.GENERAL));
		out.add(Paragraph.of("h五", "五、一般公共预算财政拨款支出决算情况说明"));
		out.add(Paragraph.of("h五.一", "(一) 一般公共预算财政拨款支出决算总体情况"));
		out.add(Paragraph.of("五.一",
				y + " 年度一般公共预算财政拨款支出" + w.wan(general) + "，占本年支出合计的 "
						+ w.fig().share(general, l.spending("", s -> true)) + "。与 " + (y - 1) + " 年度相比，一般公共预算财政拨款支出"
						+ SichuanNarrative.change(w, general, w.story().priorGeneral())));
		List<String> codes = NationalGeneralFund.codes(l);
		List<Part> classes = codes.stream()
			.map(c -> c.substring(0, 3))
			.distinct()
			.map(c -> new Part(FunctionalClassification.name(c), l.spending(c, Ledger.from(FundSource.GENERAL))))
			.toList();
		out.add(Paragraph.of("h五.二", "(二) 一般公共预算财政拨款支出决算结构情况"));
		out.add(Paragraph.of("五.二", y + " 年度一般公共预算财政拨款支出" + w.wan(general) + "，主要用于以下方面："
				+ SichuanNarrative.list(w, classes, general) + "。"));
		BigDecimal budget = codes.stream()
			.map(c -> w.story().budgets().get(c))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		out.add(Paragraph.of("h五.三", "(三) 一般公共预算财政拨款支出决算具体情况"));
		out.add(Paragraph.of("五.三",
				y + " 年度一般公共预算财政拨款支出决算数为" + w.wan(general) + "，完成预算 " + w.fig().share(general, budget) + "。其中："));
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			BigDecimal actual = l.spending(code, Ledger.from(FundSource.GENERAL));
			BigDecimal itemBudget = w.story().budgets().get(code);
			String rate = Figures.wan(itemBudget).signum() == 0 ? "" : "，完成调整预算 " + w.fig().share(actual, itemBudget);
			out.add(Paragraph.of("五.三." + (i + 1),
					w.style().numbering().of(i + 1) + w.itemName(code) + "：支出决算为" + w.wan(actual) + rate + "。"));
		}
		basic(out, w, l);
	}

	private static void basic(List<Paragraph> out, Writing w, Ledger l) {
		BigDecimal personnel = BasicItems.total(l, BasicItems.PERSONNEL);
		BigDecimal publicFunds = BasicItems.total(l, BasicItems.PUBLIC);
		out.add(Paragraph.of("h六", "六、一般公共预算财政拨款基本支出决算情况说明"));
		out.add(Paragraph.of("六", w.year() + " 年度一般公共预算财政拨款基本支出" + w.wan(personnel.add(publicFunds)) + "，其中："));
		out.add(Paragraph.of("六.人员", "人员经费" + w.wan(personnel) + "，主要包括：" + items(w, l, BasicItems.PERSONNEL) + "。"));
		out.add(Paragraph.of("六.公用", "公用经费" + w.wan(publicFunds) + "，主要包括：" + items(w, l, BasicItems.PUBLIC) + "。"));
	}

	private static String items(Writing w, Ledger l, List<String> classes) {
		List<String> codes = BasicItems.nonZero(l, classes);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < codes.size(); i++) {
			BigDecimal yuan = l.spendingByEconomic(codes.get(i), BasicItems.basicGeneral());
			text.append(i == 0 ? "" : "、").append(EconomicClassification.name(codes.get(i))).append(w.listWan(yuan, i));
		}
		return text.toString();
	}

}
