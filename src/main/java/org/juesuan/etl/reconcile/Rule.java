package org.juesuan.etl.reconcile;

import java.util.List;
import java.util.Objects;

import org.juesuan.etl.model.Severity;

/**
 * A declarative check from {@code config/rules/<family>.yml}.
 *
 * @param forEachRow null, or {@code T<n> <selector>} (several joined by {@code |})
 * binding {@code {row}}
 * @param forEachColumn null, a list of column names, or {@code T<n> *} binding
 * {@code {column}}
 * @param when shape conditions such as {@code T7 economic}; the rule applies only if all
 * hold
 * @param check the comparison, or null for a built-in check
 * @param builtin the name of a built-in check ({@code check: builtin:same-name}), or null
 */
public record Rule(String id, String family, String description, Severity severity, String kind, String forEachRow,
		List<String> forEachColumn, List<String> when, Comparison check, String builtin, String source) {

	static final List<String> KINDS = List.of("intra-row", "hierarchy", "cross-table", "completeness",
			"year-over-year");

	public Rule {
		Objects.requireNonNull(id, "id");
		forEachColumn = forEachColumn == null ? null : List.copyOf(forEachColumn);
		when = List.copyOf(when);
	}
}
