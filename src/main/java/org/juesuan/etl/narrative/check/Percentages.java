package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;

/**
 * When a stated percentage is right: it equals the exact ratio rounded <em>or</em>
 * truncated at its printed decimals (departments do both), allowing for what the figures'
 * own rounding moves the ratio; in a share list whose stated shares total exactly 100%,
 * one last-digit unit more, since one share is usually moved to close it.
 */
final class Percentages {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private Percentages() {
	}

	/**
	 * @param stated the percentage as written (its scale gives the printed decimals)
	 * @param exact the ratio the figures give, in percent
	 * @param propagated how far the figures' rounding can move the ratio, in percent
	 * @param adjustedList the percentage belongs to a share list stated to total exactly
	 * 100%
	 */
	static boolean accepts(BigDecimal stated, BigDecimal exact, BigDecimal propagated, boolean adjustedList) {
		BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(stated.scale(), 0));
		BigDecimal difference = stated.subtract(exact).abs();
		if (difference.compareTo(unit.multiply(HALF).add(propagated)) <= 0) {
			return true;
		}
		if (adjustedList && difference.compareTo(unit.add(unit.multiply(HALF)).add(propagated)) <= 0) {
			return true;
		}
		boolean sameSide = stated.signum() == 0 || stated.signum() == exact.signum();
		BigDecimal shortfall = exact.abs().subtract(stated.abs());
		return sameSide && shortfall.compareTo(propagated.negate()) >= 0
				&& shortfall.compareTo(unit.add(propagated)) < 0;
	}

}
