package org.juesuan.etl.model;

/**
 * How a narrative claim fared against the tables: it equals the figure (MATCH), differs
 * only within the stated precision (ROUNDING), differs beyond it (MISMATCH), or nothing
 * in the tables speaks to it (UNMATCHED).
 */
public enum ClaimStatus {

	MATCH, ROUNDING, MISMATCH, UNMATCHED

}
