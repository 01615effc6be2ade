package org.juesuan.etl.ingest;

import java.util.List;

import org.juesuan.etl.template.ColumnSpec;

/**
 * Scores how well a column's header path matches a template column. Every segment of an
 * alternative must equal (100 points) or be contained in (60 points) a distinct element
 * of the path; deeper elements add a point each, so the most specific column wins (T13's
 * 公务用车购置费 over its group 公务用车购置及运行维护费).
 */
final class ColumnMatcher {

	private ColumnMatcher() {
	}

	static int score(ColumnSpec spec, List<String> path) {
		int best = 0;
		for (List<List<String>> alternative : spec.alternatives()) {
			best = Math.max(best, score(alternative, path));
		}
		return best;
	}

	private static int score(List<List<String>> segments, List<String> path) {
		boolean[] used = new boolean[path.size()];
		int total = 0;
		for (List<String> aliases : segments) {
			int bestIndex = -1;
			int bestPoints = 0;
			for (int i = 0; i < path.size(); i++) {
				int points = used[i] ? 0 : points(aliases, path.get(i));
				if (points > 0 && points + i >= bestPoints) {
					bestPoints = points + i;
					bestIndex = i;
				}
			}
			if (bestIndex < 0) {
				return 0;
			}
			used[bestIndex] = true;
			total += bestPoints;
		}
		return total;
	}

	private static int points(List<String> aliases, String element) {
		int points = 0;
		for (String alias : aliases) {
			if (alias.equals(element)) {
				return 100;
			}
			if (alias.length() >= 2 && element.contains(alias) && element.length() <= alias.length() + 4) {
				points = 60;
			}
		}
		return points;
	}

}
