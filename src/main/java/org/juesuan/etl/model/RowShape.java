package org.juesuan.etl.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a table's rows are keyed: by functional classification codes (支出功能分类 类/款/项), by
 * economic classification codes (经济分类), by both, by labels alone (收入支出决算总表's 项目), or a
 * single row of figures (“三公”经费).
 */
public enum RowShape {

	FUNCTIONAL, ECONOMIC, MIXED, LABELLED, SINGLE;

	/**
	 * The lower-case word stored in {@code table_instance.row_shape} and written in
	 * rules' {@code when}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static RowShape of(String code) {
		return Arrays.stream(values())
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"row shape must be one of " + Arrays.toString(values()) + ": " + code));
	}

}
