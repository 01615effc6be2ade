package org.juesuan.etl.template;

import java.util.HashMap;
import java.util.Map;

/**
 * The title similarities met while recognising one package's sheets, each computed once:
 * the contents test and the title search compare the same cells with the same titles, and
 * the template sets share most of their titles. One per package, on one thread.
 */
final class Similarities {

	private final Map<Pair, Double> known = new HashMap<>();

	/** {@link Text#similarity}, remembered. */
	double of(String candidate, String title) {
		if (candidate.equals(title)) {
			return 1.0;
		}
		return known.computeIfAbsent(new Pair(candidate, title), p -> Text.similarity(p.candidate(), p.title()));
	}

	private record Pair(String candidate, String title) {
	}

}
