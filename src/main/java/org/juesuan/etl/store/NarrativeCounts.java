package org.juesuan.etl.store;

/** The extraction report of one narrative: numbers in 第二部分, those read as claims, and how the claims fared. */
public record NarrativeCounts(String sourceFile, int figuresFound, int figuresClaimed, int claims, int matched, int rounding,
		int mismatched, int unmatched) {
}
