package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimStatus;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.Direction;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Money;
import org.juesuan.etl.model.Resolved;

/**
 * Checks "比上年增加 a 万元，增长 r%" for one subject of one sentence. With last year loaded, a and
 * r are compared with this year's and last year's table figures; without it, r is
 * compared with a ÷ (current − a), the previous value the two imply. 持平 is a change of
 * zero; a rate on a zero previous value is reported.
 */
final class ChangeClaims {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ClaimLocator locator;

	ChangeClaims(ClaimLocator locator) {
		this.locator = locator;
	}

	/**
	 * @param group the change claims of one subject in one sentence
	 * @param sentence every claim of that sentence: a stated amount of the subject stands
	 * in for a table figure that is no identity for it (机关运行经费)
	 */
	List<CheckedClaim> check(List<Claim> group, List<Claim> sentence, FigureIndex index, FigureIndex previous,
			NarrativeFindings findings, List<Finding> out) {
		Optional<Claim> amount = group.stream().filter(c -> c.claimType() == ClaimType.CHANGE_AMOUNT).findFirst();
		Optional<Claim> rate = group.stream().filter(c -> c.claimType() == ClaimType.CHANGE_RATE).findFirst();
		Optional<ClaimLocator.Located> located = locator.locate(group.get(0), index);
		Optional<Resolved> current = located.filter(l -> l.line().severity() == null)
			.map(ClaimLocator.Located::figure)
			.or(() -> stated(group.get(0), sentence, located));
		Optional<Resolved> before = previous == null || located.map(l -> l.line().severity() != null).orElse(true)
				? Optional.empty() : locator.locate(group.get(0), previous).map(ClaimLocator.Located::figure);
		if (current.isEmpty() || before.isEmpty() && (amount.isEmpty() || rate.isEmpty())) {
			return group.stream().map(CheckedClaim::unmatched).toList();
		}
		Resolved now = current.get();
		List<CheckedClaim> result = new ArrayList<>();
		if (before.isPresent()) {
			BigDecimal change = now.value().subtract(before.get().value());
			BigDecimal tolerance = StatedPrecision.asNarrated(now.tolerance())
				.add(StatedPrecision.asNarrated(before.get().tolerance()));
			amount.ifPresent(a -> result.add(amount(a, change, tolerance, now, findings, out)));
			rate.ifPresent(r -> result.add(rate(r, change, before.get().value(), tolerance, now, findings, out)));
			return result;
		}
		Claim a = amount.get();
		BigDecimal change = signed(a);
		BigDecimal changeTolerance = StatedPrecision.halfUnit(a.value(), Money.factor(a.statedUnit()));
		BigDecimal implied = now.value().subtract(change);
		CheckedClaim checkedRate = rate(rate.get(), change, implied,
				changeTolerance.add(StatedPrecision.asNarrated(now.tolerance())), now, findings, out);
		result.add(new CheckedClaim(a, checkedRate.status(), now.term().table(), now.rowLabel(), now.column(),
				now.value()));
		result.add(checkedRate);
		return result;
	}

	private static CheckedClaim amount(Claim a, BigDecimal change, BigDecimal tolerance, Resolved now,
			NarrativeFindings findings, List<Finding> out) {
		BigDecimal stated = signed(a);
		BigDecimal all = tolerance.add(StatedPrecision.halfUnit(a.value(), Money.factor(a.statedUnit())));
		BigDecimal difference = stated.subtract(change).abs();
		if (difference.compareTo(all) > 0) {
			out.add(findings.of("narrative-change", null, a,
					"编制说明称“" + a.subject() + "比上年" + word(a) + " " + a.token() + " "
							+ (a.statedUnit() == null ? "" : a.statedUnit()) + "”，两年表中数字之差为 "
							+ NarrativeFindings.amount(change, "万元"),
					now, change, stated));
		}
		return checked(a, difference.compareTo(all) > 0 ? ClaimStatus.MISMATCH
				: difference.signum() == 0 ? ClaimStatus.MATCH : ClaimStatus.ROUNDING, now);
	}

	private static CheckedClaim rate(Claim r, BigDecimal change, BigDecimal base, BigDecimal tolerance, Resolved now,
			NarrativeFindings findings, List<Finding> out) {
		if (base.signum() <= 0) {
			boolean fine = r.value().signum() == 0;
			if (!fine) {
				out.add(findings.percent("narrative-change", null, r,
						"编制说明称“" + r.subject() + word(r) + " " + r.token() + "%”，但上年数为 0，增长率无从计算", now, null,
						r.value()));
			}
			return checked(r, fine ? ClaimStatus.MATCH : ClaimStatus.MISMATCH, now);
		}
		BigDecimal expected = change.multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
		BigDecimal propagated = tolerance.multiply(HUNDRED)
			.divide(base, MathContext.DECIMAL64)
			.add(change.abs().multiply(tolerance).multiply(HUNDRED).divide(base.pow(2), MathContext.DECIMAL64));
		BigDecimal difference = signed(r).subtract(expected).abs();
		if (!Percentages.accepts(signed(r), expected, propagated, false)) {
			out.add(findings.percent("narrative-change", null, r,
					"编制说明称“" + r.subject() + word(r) + " " + r.token() + "%”，按本年 " + Money.show(now.value(), "万元")
							+ " 与上年 " + Money.show(base, "万元") + " 万元计算为 " + expected.setScale(2, RoundingMode.HALF_UP)
							+ "%",
					now, expected, signed(r)));
			return checked(r, ClaimStatus.MISMATCH, now);
		}
		return checked(r, difference.signum() == 0 ? ClaimStatus.MATCH : ClaimStatus.ROUNDING, now);
	}

	/** The subject's amount as the sentence states it, in place of a table figure. */
	private static Optional<Resolved> stated(Claim change, List<Claim> sentence,
			Optional<ClaimLocator.Located> located) {
		return sentence.stream()
			.filter(c -> c.claimType() == ClaimType.AMOUNT && c.subject().equals(change.subject())
					&& c.valueYuan() != null)
			.findFirst()
			.flatMap(c -> located.map(l -> new Resolved(l.figure().term(), l.figure().row(), c.subject(),
					l.figure().column(), l.figure().figures(), c.valueYuan(),
					StatedPrecision.halfUnit(c.value(), Money.factor(c.statedUnit())), l.figure().unit(), true)));
	}

	private static BigDecimal signed(Claim c) {
		BigDecimal value = c.claimType() == ClaimType.CHANGE_AMOUNT && c.valueYuan() != null ? c.valueYuan()
				: c.value();
		return c.direction() == Direction.DECREASE ? value.negate()
				: c.direction() == Direction.FLAT ? BigDecimal.ZERO : value;
	}

	private static String word(Claim c) {
		return switch (c.direction()) {
			case INCREASE -> c.claimType() == ClaimType.CHANGE_RATE ? "增长" : "增加";
			case DECREASE -> c.claimType() == ClaimType.CHANGE_RATE ? "下降" : "减少";
			case FLAT -> "持平";
		};
	}

	private static CheckedClaim checked(Claim c, ClaimStatus status, Resolved now) {
		return new CheckedClaim(c, status, now.term().table(), now.rowLabel(), now.column(), now.value());
	}

}
