package org.juesuan.etl.model;

import java.math.BigDecimal;

/**
 * The rounding half-unit of a published figure, in yuan: 411.91 万元 stands for any value
 * within ±0.005 万元 (±50 元); 1,000 元 published without decimals for ±0.5 元. A blank cell
 * has its table's usual precision.
 */
public final class Tolerance {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private Tolerance() {
	}

	public static BigDecimal halfUnit(Figure figure, int typicalScale) {
		int scale = figure.publishedScale() != null ? figure.publishedScale() : typicalScale;
		return HALF.movePointLeft(scale).multiply(Money.factor(figure.publishedUnit()));
	}

}
