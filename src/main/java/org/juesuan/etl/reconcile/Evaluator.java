package org.juesuan.etl.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.juesuan.etl.ingest.Figure;

/**
 * Evaluates a rule over a department-year: expands its for-each bindings, resolves every term, and returns
 * one {@link Outcome} per binding that applies (a term reading an absent table or column, or a previous
 * year that is not loaded, makes that binding not apply).
 */
final class Evaluator {

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
			String[] parts = w.trim().split("\\s+");
			int table = Integer.parseInt(parts[0].substring(1));
			return index.table(table).map(t -> t.facts().shape().equals(parts[1])).orElse(false);
		});
	}

	private static List<String> rows(Rule rule, FigureIndex index) {
		if (rule.forEachRow() == null) {
			return List.of("");
		}
		Set<String> rows = new LinkedHashSet<>();
		for (String part : rule.forEachRow().split("\\|")) {
			String[] p = part.trim().split("\\s+", 2);
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
			if (c.matches("T\\d+\\s+\\*")) {
				index.table(Integer.parseInt(c.substring(1, c.indexOf(' ')))).ifPresent(t -> columns.addAll(t.columns()));
			} else {
				columns.add(c);
			}
		}
		return columns;
	}

	private static Optional<Outcome> outcome(Rule rule, String row, String column, FigureIndex current, FigureIndex previous) {
		List<Resolved> left = new ArrayList<>();
		List<Resolved> right = new ArrayList<>();
		boolean first = true;
		for (List<Term> side : List.of(rule.check().left(), rule.check().right())) {
			for (Term t : side) {
				Optional<Resolved> r = resolve(t, row, column, current, previous, first);
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

	/**
	 * Resolves a term, or nothing when the rule does not apply: its table (or previous year) is absent, its
	 * labelled row is absent (the layout has no such row), or — for the checked term only — its column is absent.
	 * Another term's absent column, or absent code row, counts zero (publishers drop empty columns and rows).
	 */
	static Optional<Resolved> resolve(Term term, String row, String column, FigureIndex current, FigureIndex previous,
			boolean checked) {
		FigureIndex index = term.previousYear() ? previous : current;
		if (index == null) {
			return Optional.empty();
		}
		Optional<TableFigures> table = index.table(term.table());
		String c = term.column().replace("{column}", column);
		if (table.isEmpty() || checked && !table.get().hasColumn(c)) {
			return Optional.empty();
		}
		TableFigures t = table.get();
		String r = term.row().replace("{row}", row);
		if (!term.isSelector() && !r.matches("\\d+") && !t.rowKeys().contains(r)) {
			return Optional.empty();
		}
		List<String> keys = term.isSelector() ? index.select(term.table(), r) : List.of(r);
		List<Figure> figures = keys.stream().map(k -> t.figure(k, c)).flatMap(Optional::stream).toList();
		BigDecimal value = figures.stream().map(f -> f.amountYuan() == null ? BigDecimal.ZERO : f.amountYuan())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal tolerance = figures.stream().map(f -> Tolerance.halfUnit(f, t.typicalScale()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		String label = term.isSelector() ? r : t.label(r);
		return Optional.of(new Resolved(term, r, label, c, figures, value, tolerance, t.facts().unit(), t.hasColumn(c)));
	}
}
