package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.List;

/** Counts 第二部分's numbers, figures and claims for the {@link ExtractionReport}. */
final class Coverage {

	private int figures;
	private int skipped;
	private int claims;
	private final List<ExtractionReport.Unaccounted> unaccounted = new ArrayList<>();

	void add(Block block, String sentence, SentenceReader.Result result) {
		if (!Block.PART_TWO.equals(block.part())) {
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
		result.unclaimed().forEach(t -> unaccounted.add(new ExtractionReport.Unaccounted(t.raw(), block.section(), sentence)));
	}

	ExtractionReport report() {
		return new ExtractionReport(figures, figures - unaccounted.size(), claims, skipped, unaccounted);
	}
}
