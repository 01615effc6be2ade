package org.juesuan.etl.generate;

import java.math.BigDecimal;

/**
 * An amount booked against a functional 项 and a fund source: an opening balance, or an
 * income delta (income of the code and source minus its spending; the closing balance
 * grows by it).
 *
 * @param function 7-digit functional code
 * @param source fund source
 * @param yuan amount in 元 (may be negative for an income delta)
 */
public record Flow(String function, FundSource source, BigDecimal yuan) {

	public Flow {
		if (!function.matches("2\\d{6}")) {
			throw new IllegalArgumentException("bad functional code " + function);
		}
	}
}
