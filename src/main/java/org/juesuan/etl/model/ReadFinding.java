package org.juesuan.etl.model;

import java.util.Objects;

/**
 * Something reading a package found wrong or noteworthy: an unreadable cell, an unknown column, a missing
 * table, a title naming another department. Stored beside the audit's findings.
 *
 * @param ruleId e.g. {@code ingest.unreadable-cell}
 * @param severity ERROR, WARNING or INFO
 * @param kind {@code file} or {@code completeness}
 * @param tableNo the table concerned, or null
 * @param location file, sheet and cell, e.g. {@code 公开03表.xlsx › 公开03表!D12}
 */
public record ReadFinding(String ruleId, String severity, String kind, Integer tableNo, String rowRef,
		String columnName, String message, String location) {

	public ReadFinding {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(message, "message");
	}

	public static ReadFinding file(String ruleId, String severity, Integer tableNo, String message, String location) {
		return new ReadFinding(ruleId, severity, "file", tableNo, null, null, message, location);
	}
}
