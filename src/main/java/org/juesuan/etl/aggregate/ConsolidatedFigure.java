package org.juesuan.etl.aggregate;

import java.math.BigDecimal;

/**
 * One stored consolidated figure of a scope: canonical table, row (code or fixed label),
 * column, sum and coverage.
 */
record ConsolidatedFigure(int tableNo, int rowNo, String rowCode, String rowLabel, String columnName,
		BigDecimal amountYuan, int departmentCount, int errorDepartmentCount) {

	/** The row's key: its code, or its canonical label when it has none. */
	String rowKey() {
		return rowCode != null ? rowCode : rowLabel;
	}
}
