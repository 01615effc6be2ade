package org.juesuan.etl.store;

import java.math.BigDecimal;

/** One row of {@code v_finding}, for reports. */
public record FindingRow(String department, int year, String severity, String ruleId, String kind, String tables,
		String rowRef, String columnName, String message, BigDecimal expectedYuan, BigDecimal actualYuan,
		BigDecimal differenceYuan, String location, String narrativeQuote, String explanation, String fingerprint) {
}
