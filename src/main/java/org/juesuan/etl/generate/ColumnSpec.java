package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * One amount column of a coded table.
 *
 * @param group group header printed above the leaf (e.g. 本年支出), or null
 * @param header header text as printed
 * @param canonical canonical column name for expected figures
 * @param value amount in 元 for a row code prefix ("" = grand total)
 */
record ColumnSpec(String group, String header, String canonical, Function<String, BigDecimal> value) {

	static ColumnSpec of(String name, Function<String, BigDecimal> value) {
		return new ColumnSpec(null, name, name, value);
	}
}
