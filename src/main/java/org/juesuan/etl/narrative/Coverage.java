package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the numbers, figures and claims of the part that explains the tables, for the
 * {@link ExtractionReport}.
 */
final class Coverage {

	private final String part;

	Coverage(String part) {
		this.part = part;
	}

	private int figures;

	private int skipped;

	private int claims;

	private final List<ExtractionReport.Unaccounted> unaccounted = new ArrayList<>();

	void add(Block block, String sentence, SentenceReader.Result result) {
		if (!ExplanatoryPart.holds(part, block)) {
			return;
		}
		for (NumberToken token : result.tokens()) {
			if (token.kind().isFigure()) {
				figures++;
			}
			else {
				skipped++;
			}
		}
		claims += result.claims().size();
		result.unclaimed()
			.forEach(t -> unaccounted.add(new ExtractionReport.Unaccounted(t.raw(), block.section(), sentence)));
	}

	ExtractionReport report() {
		return new ExtractionReport(part, figures, figures - unaccounted.size(), claims, skipped, unaccounted);
	}

}
