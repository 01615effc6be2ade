package org.juesuan.etl.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Resolved;
import org.juesuan.etl.model.RowShape;
import org.juesuan.etl.model.TableFigures;
import org.juesuan.etl.model.Term;
import org.juesuan.etl.model.Tolerance;

/**
 * Evaluates a rule over a department-year: expands its for-each bindings, resolves every
 * term, and returns one {@link Outcome} per binding that applies (a term reading an
 * absent table or column, or a previous year that is not loaded, makes that binding not
 * apply).
 */
final class Evaluator {

	private static final Pattern WHITE = Pattern.compile("\\s+");

	private static final Pattern WHOLE_TABLE = Pattern.compile("T\\d+\\s+\\*");

	private Evaluator() {
	}

	static List<Outcome> evaluate(Rule rule, FigureIndex current, FigureIndex previous) {
		if (!applies(rule, current)) {
			return List.of();
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (String row : rows(rule, current)) {
			for (String column : columns(rule, current)) {
				outcome(rule, row, column, current, previous).ifPresent(outcomes::add);
			}
		}
		return outcomes;
	}

	private static boolean applies(Rule rule, FigureIndex index) {
		return rule.when().stream().allMatch(w -> {
			String[] parts = WHITE.split(w.trim());
			int table = Integer.parseInt(parts[0].substring(1));
			return index.table(table).map(t -> t.facts().shape() == RowShape.of(parts[1])).orElse(false);
		});
	}

	private static List<String> rows(Rule rule, FigureIndex index) {
		if (rule.forEachRow() == null) {
			return List.of("");
		}
		Set<String> rows = new LinkedHashSet<>();
		for (String part : rule.forEachRow().split("\\|")) {
			String[] p = WHITE.split(part.trim(), 2);
			rows.addAll(index.select(Integer.parseInt(p[0].substring(1)), p[1]));
		}
		return new ArrayList<>(rows);
	}

	private static List<String> columns(Rule rule, FigureIndex index) {
		if (rule.forEachColumn() == null) {
			return List.of("");
		}
		List<String> columns = new ArrayList<>();
		for (String c : rule.forEachColumn()) {
			if (WHOLE_TABLE.matcher(c).matches()) {
				index.table(Integer.parseInt(c.substring(1, c.indexOf(' '))))
					.ifPresent(t -> columns.addAll(t.columns()));
			}
			else {
				columns.add(c);
			}
		}
		return columns;
	}

	private static Optional<Outcome> outcome(Rule rule, String row, String column, FigureIndex current,
			FigureIndex previous) {
		List<Resolved> left = new ArrayList<>();
		List<Resolved> right = new ArrayList<>();
		boolean first = true;
		for (List<Term> side : List.of(rule.check().left(), rule.check().right())) {
			for (Term t : side) {
				Optional<Resolved> r = FigureIndex.resolve(t, row, column, current, previous, first);
				if (r.isEmpty()) {
					return Optional.empty();
				}
				(side == rule.check().left() ? left : right).add(r.get());
				first = false;
			}
		}
		if (right.stream().noneMatch(Resolved::columnListed)) {
			return Optional.empty();
		}
		return Optional.of(new Outcome(rule, row, column, left, right));
	}

}
