package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Fingerprint;
import org.juesuan.etl.model.Money;
import org.juesuan.etl.model.Resolved;
import org.juesuan.etl.model.Severity;

/**
 * Builds narrative findings in the audit's model: rule {@code N.<kind>}, the claim's sentence as quote, the table
 * cells it was compared with as location, and a fingerprint from rule, department, year, section, subject and type.
 */
final class NarrativeFindings {

	private final NarrativeMapping mapping;
	private final FigureIndex index;
	private final String file;

	NarrativeFindings(NarrativeMapping mapping, FigureIndex index, String file) {
		this.mapping = mapping;
		this.index = index;
		this.file = file;
	}

	/** A finding at the mapping's severity for its kind (or the given one), or INFO when rounding explains it. */
	Finding of(String kind, Severity severity, Claim claim, String message, Resolved figure, BigDecimal expected, BigDecimal actual) {
		Severity level = severity != null ? severity : mapping.severity(kind);
		BigDecimal difference = expected == null || actual == null ? null : actual.subtract(expected);
		String location = figure == null ? file : index.cells(figure.figures());
		String tables = figure == null ? null : String.valueOf(figure.term().table());
		return new Finding("N." + kind.substring("narrative-".length()), level, kind, tables, claim.subject(),
				figure == null ? null : figure.column(), message, expected, actual, difference, location, claim.quote(),
				Fingerprint.of("N." + kind, index.department(), String.valueOf(index.year()), claim.section(), claim.subject(),
						claim.claimType().name(), String.valueOf(claim.paragraph()), String.valueOf(claim.sentence())));
	}

	/** As {@link #of}, for a share, rate or completion rate: its numbers are percentages, stored with their unit. */
	Finding percent(String kind, Severity severity, Claim claim, String message, Resolved figure, BigDecimal expected, BigDecimal actual) {
		Finding f = of(kind, severity, claim, message, figure, expected, actual);
		return new Finding(f.ruleId(), f.severity(), f.kind(), f.tables(), f.rowRef(), f.columnName(), f.message(), f.expectedYuan(),
				f.actualYuan(), f.differenceYuan(), f.location(), f.narrativeQuote(), f.fingerprint(), "%");
	}

	/** The configured severity of a kind of finding. */
	Severity severity(String kind) {
		return mapping.severity(kind);
	}

	/** 收入支出决算总表 收入总计（公开01表!C30） */
	String where(Resolved figure) {
		String title = index.table(figure.term().table()).map(t -> "T" + t.number()).orElse("");
		String cells = figure.figures().stream().map(Figure::cell).collect(Collectors.joining("+"));
		return title + " " + figure.rowLabel() + " " + figure.column() + "（" + figure.figures().get(0).sheet() + "!" + cells + "）";
	}

	static String amount(BigDecimal yuan, String unit) {
		return Money.show(yuan, unit) + " " + unit;
	}
}
