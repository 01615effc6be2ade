package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/** Random but deterministic yuan amounts for generated accounts. */
final class Amounts {

	private final Random random;

	Amounts(Random random) {
		this.random = random;
	}

	/** About {@code fraction} of {@code scale} 万元, ±20 %, in 元 with cents. */
	BigDecimal yuan(int scale, double fraction) {
		double wan = scale * fraction * (0.8 + 0.4 * random.nextDouble());
		long cents = Math.max(1000, Math.round(wan * 1_000_000));
		return BigDecimal.valueOf(cents, 2);
	}

	/** Whether an optional item is present. */
	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	/**
	 * {@code base} scaled by a factor in [from, to], rounded to whole hundreds of 元
	 * (budgets are planned so).
	 */
	BigDecimal budget(BigDecimal base, double from, double to) {
		double factor = from + (to - from) * random.nextDouble();
		return base.multiply(BigDecimal.valueOf(factor))
			.divide(new BigDecimal("100"), 0, RoundingMode.HALF_UP)
			.multiply(new BigDecimal("100"))
			.setScale(2);
	}

	/**
	 * {@code base} scaled by a factor in [from, to], to the cent (prior-year actuals).
	 */
	BigDecimal around(BigDecimal base, double from, double to) {
		double factor = from + (to - from) * random.nextDouble();
		return base.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
	}

	int between(int from, int to) {
		return from + random.nextInt(to - from + 1);
	}

}
