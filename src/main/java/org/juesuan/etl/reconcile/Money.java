package org.juesuan.etl.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shows a yuan amount in a published unit with two decimals, as the tables print it. */
final class Money {

	private Money() {
	}

	static String show(BigDecimal yuan, String unit) {
		return yuan.divide(Tolerance.factor(unit)).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** A bound shown with the decimals it needs (0.015 万元, not 0.02). */
	static String showExact(BigDecimal yuan, String unit) {
		return yuan.divide(Tolerance.factor(unit)).stripTrailingZeros().toPlainString();
	}
}
