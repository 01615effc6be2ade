package org.juesuan.etl.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a package's template set from its tables: every candidate set recognises the
 * package's sheets, and the set whose tables they match best wins (each distinct table
 * counts its best recognition's score: 1.0 for an exact title, less for a fuzzy one, a
 * label or header words); on a tie, the set that would miss the fewest of its own tables
 * (a 9-table national package is read by the 9-table set, not as a Sichuan package
 * missing four), then the earlier set. A district that fixes its set skips the contest.
 */
public final class SetDetector {

	private final TemplateSets sets;

	private final List<TableRecognizer> recognizers;

	public SetDetector(TemplateSets sets) {
		this.sets = sets;
		this.recognizers = sets.sets().stream().map(TableRecognizer::new).toList();
	}

	public SetChoice choose(List<SheetTop> sheets, String department) {
		List<List<List<String>>> candidates = sheets.stream()
			.map(s -> TableRecognizer.candidates(s.rows(), department))
			.toList();
		Similarities similarities = new Similarities();
		if (sets.fixed()) {
			TemplateSet only = sets.preferred();
			List<Optional<Recognition>> found = recognize(recognizers.get(0), sheets, candidates, similarities);
			Map<Integer, Double> matched = best(found);
			return new SetChoice(only, matched.size(), score(matched), "按配置使用 " + only.name(), found);
		}
		SetChoice best = null;
		for (int i = 0; i < recognizers.size(); i++) {
			TemplateSet set = sets.sets().get(i);
			List<Optional<Recognition>> found = recognize(recognizers.get(i), sheets, candidates, similarities);
			Map<Integer, Double> matched = best(found);
			SetChoice candidate = new SetChoice(set, matched.size(), score(matched),
					"识别出 " + matched.size() + "/" + set.tables().size() + " 张表", found);
			if (best == null || ORDER.compare(candidate, best) > 0) {
				best = candidate;
			}
		}
		return best;
	}

	private static final Comparator<SetChoice> ORDER = Comparator.comparingDouble(SetChoice::score)
		.thenComparingInt(c -> c.recognised() - c.set().tables().size());

	/** Each sheet recognised by one set, from its title candidates made once. */
	private static List<Optional<Recognition>> recognize(TableRecognizer recognizer, List<SheetTop> sheets,
			List<List<List<String>>> candidates, Similarities similarities) {
		List<Optional<Recognition>> found = new ArrayList<>(sheets.size());
		for (int i = 0; i < sheets.size(); i++) {
			found.add(recognizer.recognize(sheets.get(i).sheetName(), sheets.get(i).rows(), candidates.get(i),
					similarities));
		}
		return found;
	}

	/** The set's table number → the best score any sheet was recognised as it with. */
	private static Map<Integer, Double> best(List<Optional<Recognition>> found) {
		Map<Integer, Double> best = new HashMap<>();
		found.forEach(o -> o.ifPresent(r -> best.merge(r.template().number(), r.score(), Math::max)));
		return best;
	}

	/** Rounded so that near-equal fuzzy scores tie and the table count decides. */
	private static double score(Map<Integer, Double> matched) {
		return Math.round(matched.values().stream().mapToDouble(Double::doubleValue).sum() * 100) / 100.0;
	}

}
