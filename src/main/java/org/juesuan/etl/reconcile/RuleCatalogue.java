package org.juesuan.etl.reconcile;

import java.util.List;

/** The loaded rules, in file order. */
public record RuleCatalogue(List<Rule> rules) {

	public RuleCatalogue {
		rules = List.copyOf(rules);
	}
}
