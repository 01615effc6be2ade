package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.generate.PublishedUnit;

/**
 * How a narrative prints figures: amounts in 万元 rounded like the tables (national: two
 * decimals; Sichuan: trailing zeros dropped, as the seed does), percentages to two
 * (national) or one (Sichuan) decimals, rounded or truncated.
 */
final class Figures {

	static final BigDecimal HUNDRED = new BigDecimal("100");

	private final boolean national;

	private final boolean truncate;

	Figures(CorpusSet set, NarrativeStyle style) {
		this.national = set == CorpusSet.NATIONAL;
		this.truncate = style.truncate();
	}

	/**
	 * The published 万元 value of an amount in 元 (rounded half-up to 0.01, as every table
	 * cell).
	 */
	static BigDecimal wan(BigDecimal yuan) {
		return PublishedUnit.WAN_YUAN.publish(yuan);
	}

	/** An amount in 元 as printed in 万元. */
	String amount(BigDecimal yuan) {
		return plain(wan(yuan), 2);
	}

	/** A 万元 value as printed. */
	String plain(BigDecimal wan, int scale) {
		BigDecimal v = wan.setScale(scale, RoundingMode.HALF_UP);
		if (national) {
			return v.toPlainString();
		}
		BigDecimal stripped = v.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/**
	 * The percentage of two published 万元 values (whole ≠ 0), as a number at the printed
	 * scale.
	 */
	BigDecimal ratio(BigDecimal partWan, BigDecimal wholeWan) {
		return partWan.multiply(HUNDRED).divide(wholeWan, scale(), truncate ? RoundingMode.DOWN : RoundingMode.HALF_UP);
	}

	/** A percentage as printed, with the % sign. */
	String percent(BigDecimal value) {
		return plain(value, scale()) + "%";
	}

	/** Share of part in whole, both in 元, computed on the published 万元 values. */
	String share(BigDecimal partYuan, BigDecimal wholeYuan) {
		return percent(ratio(wan(partYuan), wan(wholeYuan)));
	}

	/**
	 * The shares of parts in a whole; adjusted to total exactly 100 % when asked and one
	 * unit off.
	 */
	List<BigDecimal> shares(List<BigDecimal> partsYuan, BigDecimal wholeYuan, boolean adjust) {
		List<BigDecimal> shares = new ArrayList<>();
		partsYuan.forEach(p -> shares.add(ratio(wan(p), wan(wholeYuan))));
		BigDecimal missing = HUNDRED.subtract(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		BigDecimal unit = BigDecimal.ONE.movePointLeft(scale());
		if (adjust && missing.abs().compareTo(unit) == 0) {
			int largest = shares.indexOf(shares.stream().max(BigDecimal::compareTo).orElseThrow());
			shares.set(largest, shares.get(largest).add(missing));
		}
		return shares;
	}

	int scale() {
		return national ? 2 : 1;
	}

}
