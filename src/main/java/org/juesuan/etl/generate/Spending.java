package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One atom of spending: every table's expenditure figures are sums of these.
 *
 * @param function 7-digit functional (支出功能分类) 项 code
 * @param economic 5-digit economic (支出经济分类) 款 code
 * @param source fund source
 * @param kind basic, project, …
 * @param yuan amount in 元 (scale ≤ 2, positive)
 */
public record Spending(String function, String economic, FundSource source, SpendingKind kind, BigDecimal yuan) {

	public Spending {
		if (!function.matches("2\\d{6}") || !economic.matches("3\\d{4}")) {
			throw new IllegalArgumentException("bad codes " + function + "/" + economic);
		}
		if (source.fiscal() && kind != SpendingKind.BASIC && kind != SpendingKind.PROJECT) {
			throw new IllegalArgumentException("fiscal money is spent as basic or project only");
		}
		Objects.requireNonNull(yuan);
	}
}
