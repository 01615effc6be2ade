package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
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
import org.juesuan.etl.model.Severity;

/**
 * Checks a stated amount against its table figure, within the stated precision ("412 万元"
 * covers 411.5–412.5) plus the table's own rounding; a stated budget (年初预算为 …) against
 * the table's budget where the tables have one (三公). An amount off by a power of ten (元
 * written for 万元, a misplaced decimal point) is a unit finding, any other difference a
 * mismatch; an amount written without a unit is noted even when it matches.
 */
final class AmountClaims {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	/**
	 * The slips a unit or a decimal point makes: one or two places, and 元 for 万元 (four).
	 */
	private static final List<Integer> UNIT_SLIPS = List.of(1, -1, 2, -2, 4, -4);

	private final ClaimLocator locator;

	AmountClaims(ClaimLocator locator) {
		this.locator = locator;
	}

	CheckedClaim check(Claim claim, FigureIndex index, NarrativeFindings findings, List<Finding> out) {
		Optional<ClaimLocator.Located> located = locator.locate(claim, index);
		if (located.isEmpty()) {
			return CheckedClaim.unmatched(claim);
		}
		Resolved figure = claim.claimType() == ClaimType.BUDGET ? located.get().budget() : located.get().figure();
		if (figure == null) {
			return CheckedClaim.unmatched(claim);
		}
		String unit = claim.statedUnit() == null ? "万元" : claim.statedUnit();
		BigDecimal stated = claim.valueYuan() != null ? claim.valueYuan() : claim.value().multiply(TEN_THOUSAND);
		BigDecimal tolerance = StatedPrecision.halfUnit(claim.value(), Money.factor(unit)).add(figure.tolerance());
		BigDecimal difference = stated.subtract(figure.value()).abs();
		ClaimStatus status = difference.signum() == 0 ? ClaimStatus.MATCH
				: difference.compareTo(tolerance) <= 0 ? ClaimStatus.ROUNDING : ClaimStatus.MISMATCH;
		if (status == ClaimStatus.ROUNDING) {
			out.add(findings.of("narrative-amount", Severity.INFO, claim,
					"编制说明“" + claim.subject() + " " + claim.token() + " " + unit + "”与" + findings.where(figure) + " "
							+ NarrativeFindings.amount(figure.value(), unit) + " 相差在所写精度以内",
					figure, figure.value(), stated));
		}
		else if (status == ClaimStatus.MISMATCH) {
			out.add(mismatch(claim, unit, stated, tolerance, figure, located.get().line().severity(), findings));
		}
		if (claim.unitSource() != org.juesuan.etl.model.UnitSource.STATED && status != ClaimStatus.MISMATCH) {
			out.add(findings.of("narrative-unit", findings.severity("narrative-unit-missing"), claim,
					"编制说明“" + claim.subject() + " " + claim.token() + "”未写金额单位，按上下文视为" + unit, figure, figure.value(),
					stated));
		}
		return new CheckedClaim(claim, status, figure.term().table(), figure.rowLabel(), figure.column(),
				figure.value());
	}

	/**
	 * "7.75" has 3, "0.90" 2, "0" none: a unit slip needs digits enough to be recognised.
	 */
	private static int significantDigits(BigDecimal value) {
		return value.signum() == 0 ? 0 : value.stripTrailingZeros().precision();
	}

	private static Finding mismatch(Claim claim, String unit, BigDecimal stated, BigDecimal tolerance, Resolved figure,
			Severity severity, NarrativeFindings findings) {
		for (int power : UNIT_SLIPS) {
			BigDecimal scale = BigDecimal.ONE.movePointRight(power);
			BigDecimal slipTolerance = StatedPrecision.halfUnit(claim.value(), Money.factor(unit))
				.multiply(scale)
				.add(figure.tolerance());
			if (significantDigits(claim.value()) >= 2 && figure.value().signum() != 0
					&& stated.multiply(scale).subtract(figure.value()).abs().compareTo(slipTolerance) <= 0) {
				return findings.of("narrative-unit", null, claim,
						"编制说明“" + claim.subject() + " " + claim.token() + " " + unit + "”单位或小数点有误："
								+ findings.where(figure) + "为 " + NarrativeFindings.amount(figure.value(), "万元")
								+ "，相差 " + BigDecimal.ONE.movePointRight(Math.abs(power)).toPlainString() + " 倍",
						figure, figure.value(), stated);
			}
		}
		return findings.of("narrative-amount", severity, claim,
				"编制说明“" + claim.subject() + " " + claim.token() + " " + unit + "”与" + findings.where(figure) + " "
						+ NarrativeFindings.amount(figure.value(), unit) + " 不符，差 "
						+ NarrativeFindings.amount(stated.subtract(figure.value()), unit),
				figure, figure.value(), stated);
	}

}
