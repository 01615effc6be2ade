package org.juesuan.etl.narrative.check;

import java.util.List;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.model.TableFigures;

/**
 * A "XX（类）YY（款）ZZ（项）" line whose 类 or 款 name differs from the table's names for the 项 it
 * matched.
 */
final class PathNames {

	private PathNames() {
	}

	static void check(Claim claim, FigureIndex index, NameMatcher names, NarrativeFindings findings,
			List<Finding> out) {
		List<String> path = claim.path();
		TableFigures t = index.table(6).orElse(null);
		if (t == null || path.size() < 3) {
			return;
		}
		List<String> items = t.rowKeys()
			.stream()
			.filter(k -> k.length() == 7 && TableFigures.isCode(k) && names.sameLoosely(path.get(2), t.label(k)))
			.toList();
		if (items.isEmpty()) {
			return;
		}
		for (int level = 0; level < 2; level++) {
			int digits = level == 0 ? 3 : 5;
			int at = level;
			if (items.stream().noneMatch(k -> names.sameLoosely(path.get(at), t.label(k.substring(0, digits))))) {
				String code = items.get(0).substring(0, digits);
				String kind = level == 0 ? "（类）" : "（款）";
				out.add(findings.about(kind,
						findings.of("narrative-amount", Severity.WARNING, claim,
								"编制说明的科目名称“" + path.get(at) + kind + "”与表中 " + code + "“" + t.label(code) + "”不一致",
								null, null, null)));
			}
		}
	}

}
