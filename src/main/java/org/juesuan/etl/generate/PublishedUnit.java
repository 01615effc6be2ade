package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The unit a department publishes its tables in; every published amount is rounded to
 * 0.01 of it.
 */
public enum PublishedUnit {

	WAN_YUAN("万元", new BigDecimal("10000")), YUAN("元", BigDecimal.ONE);

	private final String label;

	private final BigDecimal factor;

	PublishedUnit(String label, BigDecimal factor) {
		this.label = label;
		this.factor = factor;
	}

	/** The unit as printed after 金额单位：. */
	public String label() {
		return label;
	}

	/**
	 * The value a table shows for an amount in 元: rounded half-up to 0.01 of this unit.
	 */
	public BigDecimal publish(BigDecimal yuan) {
		return yuan.divide(factor, 2, RoundingMode.HALF_UP);
	}

	/** A published value converted back to 元, scale 2. */
	public BigDecimal toYuan(BigDecimal published) {
		return published.multiply(factor).setScale(2, RoundingMode.HALF_UP);
	}

}
