package org.juesuan.etl.model;

import java.math.BigDecimal;

/**
 * A narrative claim and how it was checked: MATCH, ROUNDING (within the stated
 * precision), MISMATCH, or UNMATCHED (nothing in the tables to check it against), with
 * the table figure it was compared with.
 */
public record CheckedClaim(Claim claim, ClaimStatus status, Integer tableNo, String rowLabel, String columnName,
		BigDecimal matchedYuan) {

	public static CheckedClaim unmatched(Claim claim) {
		return new CheckedClaim(claim, ClaimStatus.UNMATCHED, null, null, null, null);
	}
}
