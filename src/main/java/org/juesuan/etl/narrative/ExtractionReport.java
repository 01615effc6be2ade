package org.juesuan.etl.narrative;

import java.util.List;

/**
 * How completely the part that explains the tables (情况说明: the part in Sichuan's template,
 * 第三部分 in the national one) was read: its figures (every number except years, dates, item
 * numbers and references), how many gave at least one claim, the claims, and the figures
 * that gave none.
 *
 * @param part that part, e.g. {@code 第三部分}; empty when the narrative has no such heading
 * and is counted whole
 * @param figures numbers in the part that state something
 * @param claimedFigures of those, the ones that became at least one claim
 * @param claims claims read from the part (one figure may give two: "收入、支出总计均为 412 万元")
 * @param skipped numbers in the part that state nothing (years, dates, item numbers,
 * references)
 * @param unaccounted figures of the part that became no claim
 */
public record ExtractionReport(String part, int figures, int claimedFigures, int claims, int skipped,
		List<Unaccounted> unaccounted) {

	public ExtractionReport {
		unaccounted = List.copyOf(unaccounted);
	}

	/** A figure that became no claim, with where it stood. */
	public record Unaccounted(String token, String section, String quote) {
	}

	/** Share of the part's figures that became claims, 1.0 when there are none. */
	public double coverage() {
		return figures == 0 ? 1.0 : (double) claimedFigures / figures;
	}
}
