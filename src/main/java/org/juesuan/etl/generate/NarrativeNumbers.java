package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a 编制说明 writes figures: 万元 to two decimals without trailing zeros, shares and rates
 * to one decimal.
 */
final class NarrativeNumbers {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private NarrativeNumbers() {
	}

	/**
	 * An amount in 元 as written in 万元, e.g. 4119130 → "411.91", 16000 → "1.6", 0 → "0".
	 */
	static String wan(BigDecimal yuan) {
		return plain(PublishedUnit.WAN_YUAN.publish(yuan));
	}

	/**
	 * The share of {@code part} in {@code whole} (both in 元, compared as published 万元),
	 * e.g. "48.5%".
	 */
	static String share(BigDecimal part, BigDecimal whole) {
		return percent(PublishedUnit.WAN_YUAN.publish(part), PublishedUnit.WAN_YUAN.publish(whole));
	}

	/** "完成预算 x%" style rate of actual to budget, or null when there is no budget. */
	static String rate(BigDecimal actual, BigDecimal budget) {
		return budget.signum() == 0 ? null : share(actual, budget);
	}

	/** "增加 X 万元，增长 y%" / "减少 X 万元，下降 y%" / "持平" against a prior-year amount. */
	static String change(BigDecimal current, BigDecimal prior) {
		BigDecimal diff = current.subtract(prior);
		if (PublishedUnit.WAN_YUAN.publish(diff).signum() == 0) {
			return "持平";
		}
		String verb = diff.signum() > 0 ? "增加 " : "减少 ";
		String amount = verb + wan(diff.abs()) + " 万元";
		if (prior.signum() == 0) {
			return amount;
		}
		return amount + "，" + (diff.signum() > 0 ? "增长 " : "下降 ") + share(diff.abs(), prior);
	}

	private static String percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return "0%";
		}
		BigDecimal pct = part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
		return plain(pct) + "%";
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

}
