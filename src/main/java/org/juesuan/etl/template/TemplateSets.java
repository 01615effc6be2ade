package org.juesuan.etl.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every template set a run may read packages with, in preference order, and the canonical
 * model they all map onto: the canonical tables' numbers and titles
 * ({@code config/templates/canonical.yml}).
 *
 * @param sets the candidate sets; one when the district fixes its set
 * @param fixed true when the configuration names the set, so no detection takes place
 * @param canonicalTitles canonical table number → canonical title
 */
public record TemplateSets(List<TemplateSet> sets, boolean fixed, Map<Integer, String> canonicalTitles) {

	public TemplateSets {
		if (sets.isEmpty()) {
			throw new IllegalArgumentException("no template set");
		}
		sets = List.copyOf(sets);
		canonicalTitles = Map.copyOf(canonicalTitles);
	}

	/** The set of this name, if loaded. */
	public Optional<TemplateSet> set(String name) {
		return sets.stream().filter(s -> s.name().equals(name)).findFirst();
	}

	/**
	 * The set used when nothing decides otherwise: the configured one, else the first.
	 */
	public TemplateSet preferred() {
		return sets.get(0);
	}

	/** The canonical title of canonical table {@code canonical}, or {@code T<n>}. */
	public String canonicalTitle(int canonical) {
		return canonicalTitles.getOrDefault(canonical, "T" + canonical);
	}
}
