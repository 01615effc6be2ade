package org.juesuan.etl.generate.corpus;

import java.util.List;

import org.juesuan.etl.generate.FundSource;
import org.juesuan.etl.generate.Ledger;

/**
 * Picks the 项 line a plant goes into: the first with a 年初预算 whose actual is above (+1) or
 * below (−1) it.
 */
final class ItemChoice {

	private ItemChoice() {
	}

	static String code(Writing w, int sign) {
		List<String> codes = NationalGeneralFund.codes(w.ledger());
		return codes.stream().filter(c -> Figures.wan(w.story().budgets().get(c)).signum() > 0).filter(c -> {
			var actual = Figures.wan(w.ledger().spending(c, Ledger.from(FundSource.GENERAL)));
			return actual.compareTo(Figures.wan(w.story().budgets().get(c))) == sign;
		}).findFirst().orElseThrow(() -> new IllegalStateException("no 项 with sign " + sign + " in " + w.name()));
	}

	/** 1-based line number of a code among the T5 项. */
	static int number(Writing w, String code) {
		return NationalGeneralFund.codes(w.ledger()).indexOf(code) + 1;
	}

	static String key(Writing w, int sign) {
		return "五.三." + number(w, code(w, sign));
	}

}
