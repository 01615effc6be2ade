package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimStatus;
import org.juesuan.etl.model.Direction;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Money;
import org.juesuan.etl.model.Resolved;

/**
 * Checks "决算数大于/小于/等于预算数" (and 三公's "决算数小于预算数") against the budget and the actual stated
 * for the same subject just before it, else against the table's budget and actual where
 * the tables have them (三公). Within the figures' printed precision, the two count as
 * equal.
 */
final class ComparisonClaims {

	private final ClaimLocator locator;

	ComparisonClaims(ClaimLocator locator) {
		this.locator = locator;
	}

	/**
	 * @param before the claims of the same section in this and the two previous
	 * paragraphs, up to the statement
	 */
	CheckedClaim check(Claim claim, List<Claim> before, FigureIndex index, NarrativeFindings findings,
			List<Finding> out) {
		Optional<Claim> budget = StatedBudget.budget(claim, before, true);
		Optional<Claim> actual = StatedBudget.actual(claim, before, budget.orElse(null), true);
		Optional<ClaimLocator.Located> located = locator.locate(claim, index).filter(l -> l.budget() != null);
		BigDecimal b;
		BigDecimal a;
		BigDecimal tolerance;
		Resolved figure = null;
		if (budget.isPresent() && actual.isPresent()) {
			b = budget.get().valueYuan();
			a = actual.get().valueYuan();
			tolerance = halfUnit(budget.get()).add(halfUnit(actual.get()));
		}
		else if (located.isPresent()) {
			figure = located.get().figure();
			b = located.get().budget().value();
			a = figure.value();
			tolerance = figure.tolerance().add(located.get().budget().tolerance());
		}
		else {
			return CheckedClaim.unmatched(claim);
		}
		BigDecimal difference = a.subtract(b);
		Direction truth = difference.abs().compareTo(tolerance) <= 0 ? Direction.FLAT
				: difference.signum() > 0 ? Direction.INCREASE : Direction.DECREASE;
		boolean holds = truth == claim.direction() || truth == Direction.FLAT && difference.signum() != 0;
		if (!holds) {
			out.add(findings.of("narrative-comparison", null, claim,
					"编制说明称“" + claim.subject() + "决算数" + claim.token() + "预算数”，但" + (figure == null ? "所述" : "表中")
							+ "决算 " + Money.show(a, "万元") + " 万元、预算 " + Money.show(b, "万元") + " 万元，决算数" + word(truth)
							+ "预算数",
					figure, b, a));
			return status(claim, ClaimStatus.MISMATCH, figure);
		}
		return status(claim, ClaimStatus.MATCH, figure);
	}

	private static String word(Direction d) {
		return switch (d) {
			case INCREASE -> "大于";
			case DECREASE -> "小于";
			case FLAT -> "等于";
		};
	}

	private static BigDecimal halfUnit(Claim c) {
		return StatedPrecision.halfUnit(c.value(), Money.factor(c.statedUnit()));
	}

	private static CheckedClaim status(Claim claim, ClaimStatus status, Resolved figure) {
		return figure == null ? new CheckedClaim(claim, status, null, null, null, null) : new CheckedClaim(claim,
				status, figure.term().table(), figure.rowLabel(), figure.column(), figure.value());
	}

}
