package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;

import org.juesuan.etl.generate.ThreePublic;

/**
 * The 三公 year-on-year paragraph: total and each item against the invented 2023 决算数, then
 * the reasons.
 */
final class NationalThreeChange {

	private NationalThreeChange() {
	}

	static String text(Writing w, ThreePublic actual, ThreePublic prior) {
		String head = w.year() + " 年度“三公”经费财政拨款支出决算数";
		if (Figures.wan(actual.total()).compareTo(Figures.wan(prior.total())) == 0) {
			return head + "与 " + (w.year() - 1) + " 年度持平。";
		}
		return head + "比 " + (w.year() - 1) + " 年度" + w.change(actual.total(), prior.total()) + "，其中：" + "因公出国（境）费支出决算"
				+ item(w, actual.abroad(), prior.abroad()) + "；公务用车购置及运行维护费支出决算" + item(w, actual.car(), prior.car())
				+ "；公务接待费支出决算" + item(w, actual.reception(), prior.reception()) + "。"
				+ reason(w, "因公出国（境）费", actual.abroad(), prior.abroad())
				+ reason(w, "公务用车购置及运行维护费", actual.car(), prior.car())
				+ reason(w, "公务接待费", actual.reception(), prior.reception());
	}

	private static String item(Writing w, BigDecimal actual, BigDecimal prior) {
		String change = w.change(actual, prior);
		return change.equals("持平") ? "与上年持平" : change;
	}

	private static String reason(Writing w, String name, BigDecimal actual, BigDecimal prior) {
		int sign = Figures.wan(actual).compareTo(Figures.wan(prior));
		if (sign == 0) {
			return "";
		}
		return name + "支出" + (sign > 0 ? "增加的主要原因是公务活动有所增加。" : "减少的主要原因是严控相关支出。");
	}

}
