package org.juesuan.etl.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of a 附表, normalised: which table, row and column, its amount in yuan (null
 * for a placeholder), the value and unit as published, and where it was read.
 */
public record Figure(int tableNo, int rowNo, String rowCode, String rowLabel, String columnName, BigDecimal amountYuan,
		BigDecimal publishedValue, Integer publishedScale, String publishedUnit, String sourceFile, String sheet,
		String cell) {

	public Figure {
		Objects.requireNonNull(rowLabel, "rowLabel");
		Objects.requireNonNull(columnName, "columnName");
		Objects.requireNonNull(publishedUnit, "publishedUnit");
	}
}
