package org.juesuan.etl.store;

/**
 * The extraction report of one narrative: the part that explains the tables (e.g. 第三部分;
 * empty when the text has no such heading and counts whole), its numbers, those read as
 * claims, and how the claims fared.
 */
public record NarrativeCounts(String sourceFile, String part, int figuresFound, int figuresClaimed, int claims,
		int matched, int rounding, int mismatched, int unmatched) {
}
