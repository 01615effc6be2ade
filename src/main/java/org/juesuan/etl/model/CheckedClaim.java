package org.juesuan.etl.model;

import java.math.BigDecimal;


/**
 * A narrative claim and how it was checked: MATCH, ROUNDING (within the stated precision), MISMATCH, or UNMATCHED
 * (nothing in the tables to check it against), with the table figure it was compared with.
 */
public record CheckedClaim(Claim claim, String status, Integer tableNo, String rowLabel, String columnName,
		BigDecimal matchedYuan) {

	public static CheckedClaim unmatched(Claim claim) {
		return new CheckedClaim(claim, "UNMATCHED", null, null, null, null);
	}
}
