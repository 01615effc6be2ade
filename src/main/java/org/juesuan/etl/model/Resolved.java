package org.juesuan.etl.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A term with its placeholders bound and its figures found: the row and column it reads,
 * its value in yuan (absent rows and placeholders count 0), the rounding half-units of
 * the figures it sums, and whether its table has the column at all.
 */
public record Resolved(Term term, String row, String rowLabel, String column, List<Figure> figures, BigDecimal value,
		BigDecimal tolerance, String unit, boolean columnListed) {

	public BigDecimal signedValue() {
		return term.negative() ? value.negate() : value;
	}
}
