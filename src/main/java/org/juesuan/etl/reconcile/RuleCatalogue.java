package org.juesuan.etl.reconcile;

import java.util.List;
import java.util.Map;

/**
 * The loaded rules of each template set, in file order: the shared catalogue
 * ({@code config/rules/*.yml}) with the set's own files
 * ({@code config/rules/<set>/*.yml}) replacing those of the same name.
 */
public record RuleCatalogue(Map<String, List<Rule>> bySet, List<Rule> shared) {

	public RuleCatalogue {
		bySet = Map.copyOf(bySet);
		shared = List.copyOf(shared);
	}

	/**
	 * The rules for packages of {@code set}; the shared catalogue for a set without
	 * overrides or an unknown one.
	 */
	public List<Rule> rules(String set) {
		return set == null ? shared : bySet.getOrDefault(set, shared);
	}
}
