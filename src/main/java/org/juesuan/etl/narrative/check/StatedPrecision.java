package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;

/**
 * The half-unit of a figure as written: "412" ±0.5, "212.1" ±0.05, "48.5%" ±0.05, scaled
 * to yuan by the unit factor.
 */
final class StatedPrecision {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private StatedPrecision() {
	}

	/**
	 * Narratives state amounts in 万元 with two decimals whatever the tables' unit, and
	 * compute shares and rates from those: a table figure's rounding, for percentages, is
	 * at least ±0.005 万元 (50 元).
	 */
	static final BigDecimal NARRATIVE_HALF_UNIT = new BigDecimal("50");

	static BigDecimal asNarrated(BigDecimal tableTolerance) {
		return tableTolerance.max(NARRATIVE_HALF_UNIT);
	}

	static BigDecimal halfUnit(BigDecimal value, BigDecimal factor) {
		return HALF.movePointLeft(Math.max(value.scale(), 0)).multiply(factor);
	}

}
