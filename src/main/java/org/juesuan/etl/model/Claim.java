package org.juesuan.etl.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One figure stated in a 编制说明, with what it is about. Values are kept exactly as written
 * ({@code 212.1} keeps scale 1); amounts are also given in 元 when a unit is known, stated
 * or inferred.
 *
 * @param part the part, e.g. {@code 第二部分}; empty before the first part heading
 * @param section the section, e.g. {@code 二、收入决算情况说明}, {@code 五、…/（三）} or {@code 附件2}
 * @param topic the report inside an 附件 (a project name), else null
 * @param claimType what kind of figure
 * @param subject what the figure is about (canonical name from the vocabulary, or the
 * words as written)
 * @param path the 类/款/项 names as written when the subject is a classification path, else
 * empty
 * @param parent the total the figure is an item of (the subject before 其中/主要包括), else
 * null
 * @param denominator for shares, the whole it is a share of, when known; for budgets,
 * completion rates and budget comparisons, which budget: {@code 年初} or {@code 调整}
 * @param value the figure as written, without thousands separators
 * @param token the figure's text as written (e.g. {@code 2,946.25}), or the word for a
 * change with no figure
 * @param statedUnit the unit as written, or the assumed unit when {@code unitSource} is
 * INFERRED, or null
 * @param unitSource whether the unit was written, assumed from the figures around it, or
 * absent
 * @param valueYuan amounts in 元 (value × unit factor), null for other types or an unknown
 * unit
 * @param direction for changes, the direction; else null
 * @param comparisonYear for changes, the year compared with when stated, else null
 * @param quote the sentence the figure was read from
 * @param paragraph index of the paragraph among the document's paragraphs
 * @param sentence index of the sentence within its paragraph
 */
public record Claim(String part, String section, String topic, ClaimType claimType, String subject, List<String> path,
		String parent, String denominator, BigDecimal value, String token, String statedUnit, UnitSource unitSource,
		BigDecimal valueYuan, Direction direction, Integer comparisonYear, String quote, int paragraph, int sentence) {

	public Claim {
		Objects.requireNonNull(part, "part");
		Objects.requireNonNull(section, "section");
		Objects.requireNonNull(claimType, "claimType");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(unitSource, "unitSource");
		Objects.requireNonNull(quote, "quote");
		path = List.copyOf(path);
		if (unitSource != UnitSource.NONE && statedUnit == null) {
			throw new IllegalArgumentException("a " + unitSource + " unit needs a unit: " + quote);
		}
		boolean directed = claimType == ClaimType.CHANGE_AMOUNT || claimType == ClaimType.CHANGE_RATE
				|| claimType == ClaimType.COMPARISON;
		if (directed != (direction != null)) {
			throw new IllegalArgumentException(
					"a direction belongs to changes and comparisons only: " + claimType + " in " + quote);
		}
	}

	/** True when the unit was not written and was assumed from the figures around it. */
	public boolean unitInferred() {
		return unitSource == UnitSource.INFERRED;
	}

	/** The value with the sign of its direction: a 减少 of 5 is −5. */
	public BigDecimal signedValue() {
		return direction == Direction.DECREASE ? value.negate() : value;
	}
}
