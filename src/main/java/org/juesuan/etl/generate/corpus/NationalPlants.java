package org.juesuan.etl.generate.corpus;

import static org.juesuan.etl.generate.corpus.Planted.replaceOnce;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.generate.EconomicClassification;
import org.juesuan.etl.generate.Ledger;
import org.juesuan.etl.generate.SpendingKind;

/**
 * The errors planted in national narratives (street, education, health and market
 * departments).
 */
final class NationalPlants {

	static final BigDecimal OFF = new BigDecimal("1.23");

	private NationalPlants() {
	}

	static List<Plant> all() {
		String street = NationalProfiles.street().profile().name();
		String education = NationalProfiles.education().profile().name();
		String health = NationalProfiles.health().profile().name();
		String market = NationalProfiles.market().profile().name();
		return List.of(new Plant(street, "三", "narrative-amount", NationalPlants::basicAmount),
				new Plant(street, "十一.一", "narrative-template-text", NationalPlants::placeholder),
				new Plant(education, "一", "narrative-template-text", NationalPlants::unresolved),
				new Plant(education, "五.三", "narrative-internal", NationalPlants::completion),
				new Plant(education, w -> ItemChoice.key(w, 1), "narrative-amount", NationalPlants::itemAmount),
				new Plant(education, w -> ItemChoice.key(w, -1), "narrative-comparison",
						NationalPlants::itemComparison),
				new Plant(health, "七.一.a", "narrative-comparison", NationalPlants::threeComparison),
				new Plant(health, "六", "narrative-items", NationalPlants::zeroItem),
				new Plant(health, "四", "narrative-template-text", NationalPlants::instruction),
				new Plant(market, "六", "narrative-unit", NationalPlants::tenfold),
				new Plant(market, "四", "narrative-year", NationalPlants::wrongYear));
	}

	private static Planted basicAmount(String text, Writing w) {
		BigDecimal basic = Figures.wan(w.ledger().spending("", Ledger.of(SpendingKind.BASIC)));
		String correct = w.fig().plain(basic, 2);
		String wrong = w.fig().plain(basic.add(OFF), 2);
		return new Planted(replaceOnce(text, "基本支出 " + correct, "基本支出 " + wrong), wrong, wrong, correct,
				"基本支出 raised by 1.23 万元 against T3 合计/基本支出; its share is still the table's");
	}

	private static Planted itemAmount(String text, Writing w) {
		String code = ItemChoice.code(w, 1);
		BigDecimal budget = w.story().budgets().get(code);
		BigDecimal actual = w.ledger().spending(code, Ledger.from(org.juesuan.etl.generate.FundSource.GENERAL));
		BigDecimal wrong = actual.add(OFF.multiply(new BigDecimal("10000")));
		int n = ItemChoice.number(w, code);
		String correct = w.fig().amount(actual);
		return new Planted(NationalGeneralFund.line(w, n, code, budget, wrong), "为" + w.fig().amount(wrong) + "万元",
				w.fig().amount(wrong), correct, "项 line: 支出决算 raised by 1.23 万元 against its T5 row (rate recomputed"
						+ " from the stated figures, comparison word still true)");
	}

	private static Planted itemComparison(String text, Writing w) {
		String anchor = "决算数大于预算数的主要原因：" + Purposes.decrease(ItemChoice.code(w, -1));
		return new Planted(replaceOnce(text, "决算数小于预算数", "决算数大于预算数"), anchor, "大于", "小于",
				"项 line says 决算数大于预算数 while its stated 支出决算 is below its stated 年初预算");
	}

	private static Planted placeholder(String text, Writing w) {
		String correct = w.fig().amount(OfficeRunning.of(w.ledger()));
		return new Planted(replaceOnce(text, " " + correct + " ", " XXX "), "XXX", "XXX", correct,
				"机关运行经费 figure left as the template's XXX");
	}

	private static Planted unresolved(String text, Writing w) {
		String verb = text.contains("收入支出总计增加") ? "增加" : "减少";
		return new Planted(replaceOnce(text, "收入支出总计" + verb, "收入支出总计增加（减少）"), "增加（减少）", "增加（减少）", verb,
				"template alternative 增加（减少） not resolved");
	}

	private static Planted completion(String text, Writing w) {
		String start = "完成年初预算的 ";
		int at = text.indexOf(start) + start.length();
		String correct = text.substring(at, text.indexOf('%', at));
		String wrong = w.fig().plain(new BigDecimal(correct).add(new BigDecimal("3.17")), 2);
		return new Planted(replaceOnce(text, start + correct + "%", start + wrong + "%"), wrong + "%", wrong + "%",
				correct + "%", "completion rate 3.17 points off the stated 年初预算 and 支出决算 of the same sentence");
	}

	private static Planted threeComparison(String text, Writing w) {
		boolean smaller = text.contains("支出决算数小于预算数");
		String correct = smaller ? "小于" : "大于";
		String wrong = smaller ? "大于" : "小于";
		return new Planted(replaceOnce(text, "支出决算数" + correct + "预算数", "支出决算数" + wrong + "预算数"), "决算数" + wrong + "预算数",
				wrong, correct, "三公 小于（大于） resolved to the wrong word");
	}

	private static Planted zeroItem(String text, Writing w) {
		List<String> zero = BasicItems.zero(w.ledger(), BasicItems.PUBLIC);
		String name = zero.stream()
			.map(EconomicClassification::name)
			.filter(n -> !n.contains("（"))
			.filter(n -> n.length() >= 3)
			.findFirst()
			.orElseThrow();
		String withItem = text.substring(0, text.length() - 1) + "、" + name + "。";
		return new Planted(withItem, "、" + name + "。", name, "",
				"公用经费 主要包括 names " + name + ", whose T6 figure is zero");
	}

	private static Planted instruction(String text, Writing w) {
		return new Planted(text + "（如持平作持平表述）", "（如持平作持平表述）", "（如持平作持平表述）", "", "template instruction left in");
	}

	private static Planted tenfold(String text, Writing w) {
		BigDecimal personnel = Figures.wan(BasicItems.total(w.ledger(), BasicItems.PERSONNEL));
		String correct = w.fig().plain(personnel, 2);
		String wrong = w.fig().plain(personnel.multiply(BigDecimal.TEN), 2);
		return new Planted(replaceOnce(text, "人员经费 " + correct, "人员经费 " + wrong), "人员经费" + wrong, wrong, correct,
				"人员经费 with the decimal point one place off (×10)");
	}

	private static Planted wrongYear(String text, Writing w) {
		String find = w.year() + " 年度财政拨款收入支出总计";
		return new Planted(replaceOnce(text, find, (w.year() - 1) + " 年度财政拨款收入支出总计"), (w.year() - 1) + "年度财政拨款收入支出总计",
				String.valueOf(w.year() - 1), String.valueOf(w.year()),
				"heading sentence names the prior year in a " + w.year() + " package");
	}

}
