package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure a correct parser must produce from a rendered table, in canonical names.
 *
 * @param tableNo 1–13, in disclosure order
 * @param rowCode full classification code of the row ("2013701", "30101"), or
 * {@code null} for uncoded rows
 * @param rowLabel canonical row label (科目名称 as printed, trimmed; or 合计, 本年收入合计 …)
 * @param columnName canonical column name (金额, 基本支出, 决算数 …)
 * @param amountYuan the published (rounded) value converted to 元 with scale 2;
 * {@code null} for a placeholder
 */
public record ExpectedFigure(int tableNo, String rowCode, String rowLabel, String columnName, BigDecimal amountYuan) {

	public ExpectedFigure {
		if (tableNo < 1 || tableNo > 13) {
			throw new IllegalArgumentException("table number out of range: " + tableNo);
		}
		Objects.requireNonNull(rowLabel, "rowLabel");
		Objects.requireNonNull(columnName, "columnName");
	}

	/** The identity of the figure within its table: code (or label) and column. */
	public String key() {
		return (rowCode == null ? rowLabel : rowCode) + "|" + columnName;
	}
}
