package org.juesuan.etl.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Units of money: yuan per unit, and a yuan amount shown in a published unit with two
 * decimals, as tables print it.
 */
public final class Money {

	private Money() {
	}

	public static String show(BigDecimal yuan, String unit) {
		return yuan.divide(factor(unit)).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** A bound shown with the decimals it needs (0.015 万元, not 0.02). */
	public static String showExact(BigDecimal yuan, String unit) {
		return yuan.divide(factor(unit)).stripTrailingZeros().toPlainString();
	}

	/**
	 * Yuan per unit: 亿元, 万元, 千元, 元; an unknown (null) unit is taken as 万元, the usual one.
	 */
	public static BigDecimal factor(String unit) {
		if (unit == null) {
			return BigDecimal.valueOf(10_000);
		}
		return switch (unit) {
			case "亿元" -> BigDecimal.valueOf(100_000_000);
			case "万元" -> BigDecimal.valueOf(10_000);
			case "千元" -> BigDecimal.valueOf(1_000);
			default -> BigDecimal.ONE;
		};
	}

}
