package org.juesuan.etl.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.juesuan.etl.template.PanelSpec;
import org.juesuan.etl.template.RowSpec;
import org.juesuan.etl.template.Text;
import org.juesuan.etl.template.Vocabulary;

/**
 * Gives a row without a code its canonical identity within a panel: a fixed row of the
 * template (with T4's second-occurrence rules), the grand total, or a functional class
 * named in full ({@code 一、…支出}). Remembers which fixed rows it has met, for rows that
 * apply only below another.
 */
final class RowLabeller {

	private final PanelSpec spec;

	private final Vocabulary vocabulary;

	private final Set<String> seen = new HashSet<>();

	RowLabeller(PanelSpec spec, Vocabulary vocabulary) {
		this.spec = spec;
		this.vocabulary = vocabulary;
	}

	RowKey label(String rawLabel) {
		String label = Text.label(rawLabel);
		Optional<RowSpec> fixed = fixedRow(label);
		if (fixed.isPresent()) {
			seen.add(fixed.get().label());
			return new RowKey(null, fixed.get().label(), true);
		}
		if (vocabulary.totalLabels().contains(label)) {
			return new RowKey(null, "合计", true);
		}
		if (spec.functionalClasses()) {
			Optional<String> code = vocabulary.functionalClassCode(label);
			if (code.isPresent()) {
				return new RowKey(code.get(), label, true);
			}
		}
		return new RowKey(null, Text.display(rawLabel), false);
	}

	private Optional<RowSpec> fixedRow(String label) {
		List<RowSpec> candidates = spec.rows().stream().filter(r -> r.aliases().contains(label)).toList();
		Optional<RowSpec> below = candidates.stream()
			.filter(r -> r.after() != null && seen.contains(r.after()) && !seen.contains(r.label()))
			.findFirst();
		return below.or(() -> candidates.stream().filter(r -> r.after() == null).findFirst());
	}

}
