package org.juesuan.etl.narrative;

import java.math.BigDecimal;

/**
 * A number found in a sentence: its text and value, where it stands, what it is (a
 * figure, or a year, date, item number or reference that states nothing), and the unit
 * written after it.
 *
 * @param raw the number as written, e.g. {@code 2,946.25}
 * @param value its value (thousands separators removed, scale as written)
 * @param start index of its first character in the sentence
 * @param end index after its unit (or after the number when it has no unit)
 * @param kind what the number is
 * @param unit the unit as written ({@code 万元}, {@code %}, {@code 万余条}), null when none
 * @param unitKind the class of that unit
 */
record NumberToken(String raw, BigDecimal value, int start, int end, Kind kind, String unit, UnitKind unitKind) {

	/** What a number in running text is. */
	enum Kind {

		FIGURE, DATE, ITEM, REFERENCE, QUALIFIER;

		boolean isFigure() {
			return this == FIGURE;
		}

	}

	/** The class of a unit. */
	enum UnitKind {

		AMOUNT, PERCENT, SCORE, COUNT, NONE

	}

	/**
	 * The unit without the 余/万 modifiers of counts ("万余条" → "条"); the unit itself
	 * otherwise.
	 */
	String baseUnit() {
		return unit == null ? null : unit.replaceFirst("^万?余?", "");
	}
}
