package org.juesuan.etl.reconcile;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.model.Resolved;

/**
 * One evaluation of a rule for one binding: both sides resolved, their sums and the
 * rounding bound.
 */
record Outcome(Rule rule, String row, String column, List<Resolved> left, List<Resolved> right) {

	BigDecimal leftSum() {
		return left.stream().map(Resolved::signedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	BigDecimal rightSum() {
		return right.stream().map(Resolved::signedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The largest difference rounding alone can explain: the sum of every figure's
	 * half-unit, on both sides.
	 */
	BigDecimal bound() {
		return java.util.stream.Stream.concat(left.stream(), right.stream())
			.map(Resolved::tolerance)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	BigDecimal difference() {
		return leftSum().subtract(rightSum());
	}

	/**
	 * How far the check is violated: |difference| for =, the excess for ≤; zero or less
	 * when it holds exactly.
	 */
	BigDecimal violation() {
		return rule.check().operator() == Comparison.Operator.EQUAL ? difference().abs() : difference();
	}

	Resolved checked() {
		return left.get(0);
	}
}
