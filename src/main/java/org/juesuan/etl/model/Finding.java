package org.juesuan.etl.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A check that did not hold (or held only within rounding, as INFO): the rule, where it points, a one-sentence
 * Chinese message, the numbers, every cell involved, and a fingerprint stable across runs.
 *
 * @param tables table numbers involved, the checked figure's first, e.g. {@code 2,1}
 * @param rowRef code or canonical label of the checked figure's row
 * @param expectedYuan the expected amount in 元; for a {@code valueUnit} finding the expected value in that unit
 * @param location every cell involved, e.g. {@code 公开03表!D12; 公开03表!E12+F12}
 * @param valueUnit null when the numbers are amounts in 元; {@code %} for shares, rates and completion rates, whose
 *        numbers are then stored as values with their unit, never in a {@code *_yuan} column
 */
public record Finding(String ruleId, String severity, String kind, String tables, String rowRef, String columnName,
		String message, BigDecimal expectedYuan, BigDecimal actualYuan, BigDecimal differenceYuan, String location,
		String narrativeQuote, String fingerprint, String valueUnit) {

	/** A finding whose numbers are amounts in 元. */
	public Finding(String ruleId, String severity, String kind, String tables, String rowRef, String columnName,
			String message, BigDecimal expectedYuan, BigDecimal actualYuan, BigDecimal differenceYuan, String location,
			String narrativeQuote, String fingerprint) {
		this(ruleId, severity, kind, tables, rowRef, columnName, message, expectedYuan, actualYuan, differenceYuan, location,
				narrativeQuote, fingerprint, null);
	}

	public Finding {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(fingerprint, "fingerprint");
	}

	public int severityRank() {
		return rank(severity);
	}

	/** ERROR 0, WARNING 1, INFO 2: the order reports list findings in. */
	public static int rank(String severity) {
		return switch (severity) {
			case "ERROR" -> 0;
			case "WARNING" -> 1;
			default -> 2;
		};
	}
}
