package org.juesuan.etl.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Something a check found wrong or noteworthy, from reading a package (an unreadable
 * cell, a missing table), from a table rule (a total that does not hold, or holds only
 * within rounding, as INFO) or from the narrative (a stated figure that differs): the
 * rule, where it points, a one-sentence Chinese message, the numbers, every cell
 * involved, and a fingerprint stable across runs.
 *
 * @param kind what was checked, e.g. {@code file}, {@code completeness}, {@code total},
 * {@code narrative-amount}
 * @param tables table numbers involved, the checked figure's first, e.g. {@code 2,1};
 * null when no table is
 * @param rowRef code or canonical label of the checked figure's row
 * @param expectedYuan the expected amount in 元; for a {@code valueUnit} finding the
 * expected value in that unit
 * @param location every cell involved, e.g. {@code 公开03表!D12; 公开03表!E12+F12}, or file ›
 * sheet!cell
 * @param fingerprint the finding's identity across runs; null only for a reading finding
 * whose department-year is not known yet ({@link #identified})
 * @param valueUnit null when the numbers are amounts in 元; {@code %} for shares, rates
 * and completion rates, whose numbers are then stored as values with their unit, never in
 * a {@code *_yuan} column
 */
public record Finding(String ruleId, Severity severity, String kind, String tables, String rowRef, String columnName,
		String message, BigDecimal expectedYuan, BigDecimal actualYuan, BigDecimal differenceYuan, String location,
		String narrativeQuote, String fingerprint, String valueUnit) {

	/** A finding whose numbers are amounts in 元. */
	public Finding(String ruleId, Severity severity, String kind, String tables, String rowRef, String columnName,
			String message, BigDecimal expectedYuan, BigDecimal actualYuan, BigDecimal differenceYuan, String location,
			String narrativeQuote, String fingerprint) {
		this(ruleId, severity, kind, tables, rowRef, columnName, message, expectedYuan, actualYuan, differenceYuan,
				location, narrativeQuote, fingerprint, null);
	}

	public Finding {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	/**
	 * A finding of reading a package: no numbers, identified later by
	 * {@link #identified}.
	 */
	public static Finding read(String ruleId, Severity severity, String kind, Integer tableNo, String rowRef,
			String columnName, String message, String location) {
		return new Finding(ruleId, severity, kind, tableNo == null ? null : String.valueOf(tableNo), rowRef, columnName,
				message, null, null, null, location, null, null);
	}

	/** A reading finding about a file or sheet as a whole. */
	public static Finding file(String ruleId, Severity severity, Integer tableNo, String message, String location) {
		return read(ruleId, severity, "file", tableNo, null, null, message, location);
	}

	/**
	 * This finding with its fingerprint: kept when it has one, else made of rule,
	 * department, year, location, row and column, so a reading finding keeps its identity
	 * while the package reads the same.
	 */
	public Finding identified(String department, int year) {
		if (fingerprint != null) {
			return this;
		}
		String id = Fingerprint.of(ruleId, department, String.valueOf(year), String.valueOf(location),
				String.valueOf(rowRef), String.valueOf(columnName));
		return new Finding(ruleId, severity, kind, tables, rowRef, columnName, message, expectedYuan, actualYuan,
				differenceYuan, location, narrativeQuote, id, valueUnit);
	}

	/** ERROR 0, WARNING 1, INFO 2: the order reports list findings in. */
	public int severityRank() {
		return severity.ordinal();
	}
}
