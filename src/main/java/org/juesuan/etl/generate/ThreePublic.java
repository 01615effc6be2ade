package org.juesuan.etl.generate;

import java.math.BigDecimal;

/**
 * The 三公 amounts in 元, either the budget (预算数) or the actual (决算数).
 *
 * @param abroad 因公出国（境）费
 * @param carPurchase 公务用车购置费
 * @param carRunning 公务用车运行维护费
 * @param reception 公务接待费
 */
public record ThreePublic(BigDecimal abroad, BigDecimal carPurchase, BigDecimal carRunning, BigDecimal reception) {

	/** All four zero. */
	public static final ThreePublic ZERO = of("0", "0", "0", "0");

	/** From decimal strings in 元. */
	public static ThreePublic of(String abroad, String carPurchase, String carRunning, String reception) {
		return new ThreePublic(new BigDecimal(abroad), new BigDecimal(carPurchase), new BigDecimal(carRunning),
				new BigDecimal(reception));
	}

	/** 公务用车购置及运行维护费 (小计). */
	public BigDecimal car() {
		return carPurchase.add(carRunning);
	}

	/** 合计. */
	public BigDecimal total() {
		return abroad.add(car()).add(reception);
	}
}
