package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.juesuan.etl.generate.EconomicClassification;
import org.juesuan.etl.generate.ThreePublic;

/** Sections 六 (基本支出: 人员经费, 公用经费 and their items) and 七 (三公) of the national narrative. */
final class NationalBasicThree {

	private NationalBasicThree() {
	}

	static void write(List<Paragraph> out, Writing w) {
		BigDecimal personnel = BasicItems.total(w.ledger(), BasicItems.PERSONNEL);
		BigDecimal publicFunds = BasicItems.total(w.ledger(), BasicItems.PUBLIC);
		out.add(Paragraph.of("h六", "六、一般公共预算财政拨款基本支出决算情况说明"));
		out.add(Paragraph.of("六",
				"一般公共预算财政拨款基本支出" + w.wan(personnel.add(publicFunds)) + "。其中：人员经费" + w.wan(personnel) + "，主要包括："
						+ names(BasicItems.nonZero(w.ledger(), BasicItems.PERSONNEL)) + "；公用经费" + w.wan(publicFunds)
						+ "，主要包括：" + names(BasicItems.nonZero(w.ledger(), BasicItems.PUBLIC)) + "。"));
		out.add(Paragraph.of("h七", "七、财政拨款“三公”经费支出决算情况说明"));
		out.add(Paragraph.of("h七.一", "（一）“三公”经费财政拨款支出决算总体情况说明。"));
		ThreePublic budget = w.data().threePublicBudget();
		ThreePublic actual = w.data().threePublicActual();
		out.add(Paragraph.of("七.一.a", completion(w, budget, actual)));
		out.add(Paragraph.of("七.一.b", NationalThreeChange.text(w, actual, w.story().priorThree())));
		out.add(Paragraph.of("h七.二", "（二）“三公”经费财政拨款支出决算具体情况说明。"));
		NationalThreeDetail.write(out, w, actual);
	}

	static String names(List<String> codes) {
		return codes.stream().map(EconomicClassification::name).collect(Collectors.joining("、"));
	}

	private static String completion(Writing w, ThreePublic budget, ThreePublic actual) {
		String text = "“三公”经费财政拨款支出年初预算为" + w.wan(budget.total()) + "，支出决算为" + w.wan(actual.total());
		if (Figures.wan(budget.total()).signum() == 0) {
			return text + "。";
		}
		text += "，完成预算的 " + w.fig().share(actual.total(), budget.total()) + "，其中：因公出国（境）费决算为"
				+ item(w, budget.abroad(), actual.abroad()) + "；公务用车购置及运行维护费支出决算为" + item(w, budget.car(), actual.car())
				+ "；公务接待费支出决算为" + item(w, budget.reception(), actual.reception()) + "。" + w.year() + " 年度“三公”经费支出决算数";
		int sign = Figures.wan(actual.total()).compareTo(Figures.wan(budget.total()));
		return text + (sign < 0 ? "小于预算数的主要原因：严格执行中央八项规定精神，厉行节约。" : sign > 0 ? "大于预算数的主要原因：公务活动增加。" : "与预算数持平。");
	}

	private static String item(Writing w, BigDecimal budget, BigDecimal actual) {
		String text = w.wan(actual);
		return Figures.wan(budget).signum() == 0 ? text : text + "，完成预算的 " + w.fig().share(actual, budget);
	}

}
