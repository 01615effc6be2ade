package org.juesuan.etl.reconcile;

import java.util.List;

import org.juesuan.etl.model.Term;

/** {@code left = right} or {@code left <= right}, each side a signed sum of terms. */
record Comparison(List<Term> left, Operator operator, List<Term> right) {

	enum Operator {

		EQUAL("="), AT_MOST("≤");

		final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

	}

	Comparison {
		left = List.copyOf(left);
		right = List.copyOf(right);
	}
}
