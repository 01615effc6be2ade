package org.juesuan.etl.reconcile;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.ingest.Figure;

/**
 * A term with its placeholders bound and its figures found: the row and column it reads, its value in yuan
 * (absent rows and placeholders count 0), the rounding half-units of the figures it sums, and whether its table
 * has the column at all.
 */
record Resolved(Term term, String row, String rowLabel, String column, List<Figure> figures, BigDecimal value,
		BigDecimal tolerance, String unit, boolean columnListed) {

	BigDecimal signedValue() {
		return term.negative() ? value.negate() : value;
	}
}
