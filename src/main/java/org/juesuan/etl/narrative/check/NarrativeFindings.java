package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * Builds narrative findings in the audit's model: rule {@code N.<kind>}, the claim's
 * sentence as quote, the table cells it was compared with as location, and a fingerprint
 * from what the claim states, never where it stands: rule, department, year, part,
 * section, report topic, subject, path, claim type and denominator (or budget kind), and
 * the claim's order among the document's claims with those same words. A paragraph
 * inserted above or a sentence reworded elsewhere leaves it unchanged, so an explanation
 * attached to the finding stays attached.
 */
final class NarrativeFindings {

	private final NarrativeMapping mapping;

	private final FigureIndex index;

	private final String file;

	private final Map<Claim, Integer> ordinals = new IdentityHashMap<>();

	/**
	 * @param claims every claim of the narrative, in document order: they number the
	 * claims that state the same
	 */
	NarrativeFindings(NarrativeMapping mapping, FigureIndex index, String file, List<Claim> claims) {
		this.mapping = mapping;
		this.index = index;
		this.file = file;
		Map<String, Integer> seen = new HashMap<>();
		claims.forEach(c -> ordinals.put(c, seen.merge(identity(c), 1, Integer::sum)));
	}

	/**
	 * A finding at the mapping's severity for its kind (or the given one), or INFO when
	 * rounding explains it.
	 */
	Finding of(String kind, Severity severity, Claim claim, String message, Resolved figure, BigDecimal expected,
			BigDecimal actual) {
		Severity level = severity != null ? severity : mapping.severity(kind);
		BigDecimal difference = expected == null || actual == null ? null : actual.subtract(expected);
		String location = figure == null ? file : index.cells(figure.figures());
		String tables = figure == null ? null : String.valueOf(figure.term().table());
		return new Finding("N." + kind.substring("narrative-".length()), level, kind, tables, claim.subject(),
				figure == null ? null : figure.column(), message, expected, actual, difference, location, claim.quote(),
				Fingerprint.of("N." + kind, index.department(), String.valueOf(index.year()), identity(claim),
						String.valueOf(ordinals.getOrDefault(claim, 1))));
	}

	/**
	 * The same finding about one of several things its claim names (a listed item, a
	 * level of a path).
	 */
	Finding about(String what, Finding f) {
		return new Finding(f.ruleId(), f.severity(), f.kind(), f.tables(), f.rowRef(), f.columnName(), f.message(),
				f.expectedYuan(), f.actualYuan(), f.differenceYuan(), f.location(), f.narrativeQuote(),
				Fingerprint.of(f.fingerprint(), what), f.valueUnit());
	}

	/**
	 * What a claim states, without where: two claims with the same identity are told
	 * apart by their order.
	 */
	private static String identity(Claim c) {
		return String.join("\u001e", c.part(), c.section(), String.valueOf(c.topic()), c.subject(),
				String.join("/", c.path()), c.claimType().name(), String.valueOf(c.denominator()));
	}

	/**
	 * As {@link #of}, for a share, rate or completion rate: its numbers are percentages,
	 * stored with their unit.
	 */
	Finding percent(String kind, Severity severity, Claim claim, String message, Resolved figure, BigDecimal expected,
			BigDecimal actual) {
		Finding f = of(kind, severity, claim, message, figure, expected, actual);
		return new Finding(f.ruleId(), f.severity(), f.kind(), f.tables(), f.rowRef(), f.columnName(), f.message(),
				f.expectedYuan(), f.actualYuan(), f.differenceYuan(), f.location(), f.narrativeQuote(), f.fingerprint(),
				"%");
	}

	/** The configured severity of a kind of finding. */
	Severity severity(String kind) {
		return mapping.severity(kind);
	}

	/** 收入支出决算总表 收入总计（公开01表!C30） */
	String where(Resolved figure) {
		String title = index.table(figure.term().table()).map(t -> "T" + t.number()).orElse("");
		String cells = figure.figures().stream().map(Figure::cell).collect(Collectors.joining("+"));
		return title + " " + figure.rowLabel() + " " + figure.column() + "（" + figure.figures().get(0).sheet() + "!"
				+ cells + "）";
	}

	static String amount(BigDecimal yuan, String unit) {
		return Money.show(yuan, unit) + " " + unit;
	}

}
