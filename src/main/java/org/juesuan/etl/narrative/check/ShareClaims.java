package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimStatus;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Money;
import org.juesuan.etl.model.Resolved;

/**
 * Checks "占 x%" against the ratio of the table figures: the part is the claim's subject,
 * the whole its stated denominator, else the list's total, else the section's default.
 * The tolerance is the stated decimals' half-unit plus what the two figures' rounding can
 * move the ratio.
 */
final class ShareClaims {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ClaimLocator locator;

	private final NarrativeMapping mapping;

	ShareClaims(ClaimLocator locator, NarrativeMapping mapping) {
		this.locator = locator;
		this.mapping = mapping;
	}

	CheckedClaim check(Claim claim, FigureIndex index, NarrativeFindings findings, List<Finding> out) {
		return check(claim, index, findings, out, false);
	}

	/**
	 * @param adjustedList the share belongs to a list stated to total exactly 100%
	 */
	CheckedClaim check(Claim claim, FigureIndex index, NarrativeFindings findings, List<Finding> out,
			boolean adjustedList) {
		String section = ClaimLocator.section(claim.section());
		String whole = claim.denominator() != null ? claim.denominator()
				: claim.parent() != null ? claim.parent() : mapping.denominators().get(section);
		Optional<ClaimLocator.Located> part = locator.locate(claim, index);
		Optional<ClaimLocator.Located> total = whole == null ? Optional.empty()
				: locator.locate(section, whole, List.of(), index);
		if (part.isEmpty() || total.isEmpty()) {
			return CheckedClaim.unmatched(claim);
		}
		Resolved p = part.get().figure();
		Resolved t = total.get().figure();
		if (t.value().signum() == 0) {
			return zeroWhole(claim, p, findings, out);
		}
		BigDecimal ratio = p.value().multiply(HUNDRED).divide(t.value(), MathContext.DECIMAL64);
		BigDecimal propagated = StatedPrecision.asNarrated(p.tolerance())
			.divide(t.value().abs(), MathContext.DECIMAL64)
			.add(p.value()
				.abs()
				.multiply(StatedPrecision.asNarrated(t.tolerance()))
				.divide(t.value().pow(2), MathContext.DECIMAL64))
			.multiply(HUNDRED);
		BigDecimal difference = claim.value().subtract(ratio).abs();
		if (!Percentages.accepts(claim.value(), ratio, propagated, adjustedList)) {
			out.add(findings.percent("narrative-share", null, claim,
					"编制说明称“" + claim.subject() + "占" + whole + " " + claim.token() + "%”，按表计算为 " + p.rowLabel() + " "
							+ Money.show(p.value(), "万元") + " ÷ " + t.rowLabel() + " " + Money.show(t.value(), "万元")
							+ " = " + ratio.setScale(2, java.math.RoundingMode.HALF_UP) + "%",
					p, ratio, claim.value()));
			return new CheckedClaim(claim, ClaimStatus.MISMATCH, p.term().table(), p.rowLabel(), p.column(), p.value());
		}
		return new CheckedClaim(claim, difference.signum() == 0 ? ClaimStatus.MATCH : ClaimStatus.ROUNDING,
				p.term().table(), p.rowLabel(), p.column(), p.value());
	}

	private static CheckedClaim zeroWhole(Claim claim, Resolved part, NarrativeFindings findings, List<Finding> out) {
		if (claim.value().signum() == 0) {
			return new CheckedClaim(claim, ClaimStatus.MATCH, part.term().table(), part.rowLabel(), part.column(),
					part.value());
		}
		out.add(findings.percent("narrative-share", null, claim,
				"编制说明称“" + claim.subject() + "占 " + claim.token() + "%”，但所占总数在表中为 0", part, BigDecimal.ZERO,
				claim.value()));
		return new CheckedClaim(claim, ClaimStatus.MISMATCH, part.term().table(), part.rowLabel(), part.column(),
				part.value());
	}

}
