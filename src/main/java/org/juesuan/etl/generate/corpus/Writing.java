package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;

import org.juesuan.etl.generate.DepartmentData;
import org.juesuan.etl.generate.FunctionalClassification;
import org.juesuan.etl.generate.Ledger;

/**
 * What a narrative writer works from: the accounts, the story, the style, and phrase
 * helpers shared by the sections (amounts with their unit, year-on-year changes,
 * 类（类）款（款）项（项） names).
 */
record Writing(DepartmentData data, Ledger ledger, Story story, NarrativeStyle style, Figures fig, CorpusSet set) {

	static Writing of(CorpusDepartment department) {
		return new Writing(department.data(), new Ledger(department.data()), department.story(), department.style(),
				new Figures(department.set(), department.style()), department.set());
	}

	String name() {
		return data.name();
	}

	int year() {
		return data.year();
	}

	/** " 123.45 万元" style amount: the figure with its unit. */
	String wan(BigDecimal yuan) {
		return " " + fig.amount(yuan) + " 万元";
	}

	/** The amount of a list's second entry: without 万元 when the department omits it. */
	String listWan(BigDecimal yuan, int position) {
		return position == 1 && style.omitUnit() ? " " + fig.amount(yuan) : wan(yuan);
	}

	/**
	 * "增加 X 万元，增长 Y%" / "减少 …，下降 …" / "持平" on published values; {@code up/down} name the
	 * reason.
	 */
	String change(BigDecimal currentYuan, BigDecimal priorYuan) {
		BigDecimal diff = Figures.wan(currentYuan).subtract(Figures.wan(priorYuan));
		if (diff.signum() == 0) {
			return "持平";
		}
		String amount = (diff.signum() > 0 ? "增加 " : "减少 ") + fig.plain(diff.abs(), 2) + " 万元";
		if (Figures.wan(priorYuan).signum() == 0) {
			return amount;
		}
		String rate = fig.percent(fig.ratio(diff.abs(), Figures.wan(priorYuan)));
		return amount + "，" + (diff.signum() > 0 ? "增长 " : "下降 ") + rate;
	}

	/** "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）". */
	String itemName(String code) {
		String cls = FunctionalClassification.name(code.substring(0, 3));
		if (style.shortClassNames() && cls.endsWith("支出")) {
			cls = cls.substring(0, cls.length() - 2);
		}
		return cls + "（类）" + FunctionalClassification.name(code.substring(0, 5)) + "（款）"
				+ FunctionalClassification.name(code) + "（项）";
	}
}
