package org.juesuan.etl.narrative.check;

import java.util.List;
import java.util.Set;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Fingerprint;
import org.juesuan.etl.model.Money;
import org.juesuan.etl.model.Resolved;
import org.juesuan.etl.model.Term;

/**
 * What the narrative must describe (tables.md §C8): each non-zero figure of the mapping's
 * must-describe list — each 类 and 项 row for selector lines — that no claim was matched to
 * is a finding.
 */
final class Coverage {

	private final NarrativeMapping mapping;

	private final java.util.function.IntFunction<String> titles;

	Coverage(NarrativeMapping mapping, java.util.function.IntFunction<String> titles) {
		this.mapping = mapping;
		this.titles = titles;
	}

	void check(List<CheckedClaim> checked, FigureIndex index, String file, List<Finding> out) {
		Set<String> described = new java.util.HashSet<>();
		checked.stream()
			.filter(c -> c.tableNo() != null)
			.forEach(c -> described.add(c.tableNo() + "|" + c.rowLabel() + "|" + c.columnName()));
		for (NarrativeMapping.Line line : mapping.mustDescribe()) {
			Term term = line.figure();
			List<String> rows = term.isSelector() ? index.select(term.table(), term.row()) : List.of(term.row());
			for (String row : rows) {
				FigureIndex.resolve(new Term(false, false, term.table(), row, term.column()), "", "", index, null, true)
					.filter(r -> r.value().signum() != 0
							&& !described.contains(term.table() + "|" + r.rowLabel() + "|" + r.column()))
					.ifPresent(r -> out.add(missing(line, r, index, file)));
			}
		}
	}

	private Finding missing(NarrativeMapping.Line line, Resolved r, FigureIndex index, String file) {
		String what = titles.apply(r.term().table()) + " " + (r.row().matches("\\d+") ? r.row() + " " : "")
				+ r.rowLabel() + " " + r.column();
		String message = "编制说明未说明" + what + "（" + Money.show(r.value(), "万元") + " 万元）";
		return new Finding("N.missing", mapping.severity("narrative-missing"), "narrative-amount",
				String.valueOf(r.term().table()), r.row(), r.column(), message, r.value(), null, null,
				index.cells(r.figures()), null, Fingerprint.of("N.missing", index.department(),
						String.valueOf(index.year()), String.valueOf(r.term().table()), r.row(), r.column(), file));
	}

}
