package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimStatus;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Money;
import org.juesuan.etl.model.Resolved;

/**
 * Checks "完成预算 x%": actual ÷ budget from the table (三公 预算数/决算数), else from a budget and
 * an amount stated in the same sentence. A zero budget must not produce a rate (tables.md
 * §C7.4).
 */
final class CompletionClaims {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ClaimLocator locator;

	CompletionClaims(ClaimLocator locator) {
		this.locator = locator;
	}

	CheckedClaim check(Claim claim, List<Claim> sentence, FigureIndex index, NarrativeFindings findings,
			List<Finding> out) {
		Optional<ClaimLocator.Located> located = locator.locate(claim, index);
		if (located.isPresent() && located.get().budget() != null) {
			Resolved actual = located.get().figure();
			Resolved budget = located.get().budget();
			BigDecimal tolerance = StatedPrecision.asNarrated(actual.tolerance())
				.add(StatedPrecision.asNarrated(budget.tolerance()));
			return compare(claim, actual.value(), budget.value(), tolerance, actual, findings, out);
		}
		Optional<Claim> budget = StatedBudget.budget(claim, sentence, false);
		Optional<Claim> actual = StatedBudget.actual(claim, sentence, budget.orElse(null), false);
		if (budget.isEmpty() || actual.isEmpty()) {
			return CheckedClaim.unmatched(claim);
		}
		BigDecimal tolerance = StatedPrecision.halfUnit(budget.get().value(), Money.factor(budget.get().statedUnit()))
			.add(StatedPrecision.halfUnit(actual.get().value(), Money.factor(actual.get().statedUnit())));
		return compare(claim, actual.get().valueYuan(), budget.get().valueYuan(), tolerance, null, findings, out);
	}

	private static CheckedClaim compare(Claim claim, BigDecimal actual, BigDecimal budget, BigDecimal amountTolerance,
			Resolved figure, NarrativeFindings findings, List<Finding> out) {
		if (budget.signum() == 0) {
			out.add(findings.percent("narrative-internal", null, claim,
					"预算数为 0，编制说明不应表述“" + claim.subject() + "完成预算 " + claim.token() + "%”", figure, null,
					claim.value()));
			return status(claim, ClaimStatus.MISMATCH, figure);
		}
		BigDecimal rate = actual.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64);
		// first-order propagation: |d actual| / budget + actual · |d budget| / budget²,
		// each rounding at most amountTolerance
		BigDecimal propagated = amountTolerance.multiply(HUNDRED)
			.divide(budget.abs(), MathContext.DECIMAL64)
			.multiply(BigDecimal.ONE.add(actual.abs().divide(budget.abs(), MathContext.DECIMAL64)));
		BigDecimal difference = claim.value().subtract(rate).abs();
		if (!Percentages.accepts(claim.value(), rate, propagated, false)) {
			out.add(findings.percent("narrative-internal", null, claim,
					"编制说明称“" + claim.subject() + "完成预算 " + claim.token() + "%”，实际 " + Money.show(actual, "万元")
							+ " ÷ 预算 " + Money.show(budget, "万元") + " = " + rate.setScale(2, RoundingMode.HALF_UP)
							+ "%",
					figure, rate, claim.value()));
			return status(claim, ClaimStatus.MISMATCH, figure);
		}
		return status(claim, difference.signum() == 0 ? ClaimStatus.MATCH : ClaimStatus.ROUNDING, figure);
	}

	private static CheckedClaim status(Claim claim, ClaimStatus status, Resolved figure) {
		return figure == null ? new CheckedClaim(claim, status, null, null, null, null) : new CheckedClaim(claim,
				status, figure.term().table(), figure.rowLabel(), figure.column(), figure.value());
	}

}
