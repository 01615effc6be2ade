package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * An amount column of a coded national table.
 *
 * @param group header spanning several columns (e.g. 本年支出), or null
 * @param name the column header
 * @param value the amount in 元 for a functional code prefix ("" = 合计)
 */
record Column(String group, String name, Function<String, BigDecimal> value) {

	static Column of(String name, Function<String, BigDecimal> value) {
		return new Column(null, name, value);
	}
}
