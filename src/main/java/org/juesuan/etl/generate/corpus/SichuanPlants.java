package org.juesuan.etl.generate.corpus;

import static org.juesuan.etl.generate.corpus.Planted.replaceOnce;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.SpendingKind;

/**
 * The errors planted in Sichuan narratives (卫生健康局 and 民政局, both written with figures
 * flush to words).
 */
final class SichuanPlants {

	private SichuanPlants() {
	}

	static List<Plant> all() {
		List<SichuanProfiles.Spec> specs = SichuanProfiles.all();
		String health = specs.get(2).profile().name();
		String civil = specs.get(4).profile().name();
		return List.of(new Plant(health, "六.公用", "narrative-unit", SichuanPlants::yuanUnit),
				new Plant(health, "一", "narrative-year", SichuanPlants::priorYear),
				new Plant(civil, "三", "narrative-share", SichuanPlants::share),
				new Plant(civil, "一", "narrative-change", SichuanPlants::rate));
	}

	private static Planted yuanUnit(String text, Writing w) {
		BigDecimal office = w.ledger().spendingByEconomic("30201", BasicItems.basicGeneral());
		String amount = w.fig().amount(office);
		return new Planted(replaceOnce(text, "办公费 " + amount + " 万元", "办公费 " + amount + " 元"), "办公费" + amount + "元",
				amount + " 元", amount + " 万元", "办公费 stated in 元 with the 万元 figure (1/10,000 of the T8 amount)");
	}

	private static Planted priorYear(String text, Writing w) {
		String find = "与 " + (w.year() - 1) + " 年度相比";
		return new Planted(replaceOnce(text, find, "与 " + (w.year() - 2) + " 年度相比"), "与" + (w.year() - 2) + "年度相比",
				String.valueOf(w.year() - 2), String.valueOf(w.year() - 1), "comparison with the wrong prior year");
	}

	private static Planted share(String text, Writing w) {
		BigDecimal basic = w.ledger().spending("", Ledger.of(SpendingKind.BASIC));
		String prefix = "基本支出" + w.wan(basic) + "，占 ";
		int at = text.indexOf(prefix) + prefix.length();
		String correct = text.substring(at, text.indexOf('%', at));
		String wrong = w.fig().plain(new BigDecimal(correct).add(new BigDecimal("2.3")), 1);
		return new Planted(replaceOnce(text, prefix + correct + "%", prefix + wrong + "%"), "占" + wrong + "%",
				wrong + "%", correct + "%", "基本支出 share 2.3 points off");
	}

	private static Planted rate(String text, Writing w) {
		String verb = text.contains("增长 ") ? "增长 " : "下降 ";
		int at = text.indexOf(verb) + verb.length();
		String correct = text.substring(at, text.indexOf('%', at));
		String wrong = w.fig().plain(new BigDecimal(correct).add(new BigDecimal("4.0")), 1);
		return new Planted(replaceOnce(text, verb + correct + "%", verb + wrong + "%"), verb.trim() + wrong + "%",
				wrong + "%", correct + "%", "growth rate inconsistent with the stated 总计 and 增加/减少 amount");
	}

}
