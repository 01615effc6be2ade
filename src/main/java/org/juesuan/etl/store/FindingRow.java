package org.juesuan.etl.store;

import java.math.BigDecimal;

import org.juesuan.etl.model.Severity;

/** One row of {@code v_finding}, for reports. */
public record FindingRow(String department, int year, Severity severity, String ruleId, String kind, String tables,
		String rowRef, String columnName, String message, BigDecimal expectedYuan, BigDecimal actualYuan,
		BigDecimal differenceYuan, String location, String narrativeQuote, String explanation, String fingerprint) {
}
