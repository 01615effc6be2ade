package org.juesuan.etl.narrative;

import java.util.List;

/**
 * How completely 第二部分 of a narrative was read: its figures (every number except years, dates, item
 * numbers and references), how many gave at least one claim, the claims, and the figures that gave none.
 *
 * @param figures        numbers in 第二部分 that state something
 * @param claimedFigures of those, the ones that became at least one claim
 * @param claims         claims read from 第二部分 (one figure may give two: "收入、支出总计均为 412 万元")
 * @param skipped        numbers in 第二部分 that state nothing (years, dates, item numbers, references)
 * @param unaccounted    figures of 第二部分 that became no claim
 */
public record ExtractionReport(int figures, int claimedFigures, int claims, int skipped, List<Unaccounted> unaccounted) {

	public ExtractionReport {
		unaccounted = List.copyOf(unaccounted);
	}

	/** A figure that became no claim, with where it stood. */
	public record Unaccounted(String token, String section, String quote) {
	}

	/** Share of 第二部分's figures that became claims, 1.0 when there are none. */
	public double coverage() {
		return figures == 0 ? 1.0 : (double) claimedFigures / figures;
	}
}
