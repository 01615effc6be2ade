package org.juesuan.etl.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All tables of one department-year, and the row selectors rules use: {@code @类},
 * {@code @款}, {@code @项} (3-, 5- and 7-digit codes; economic 款 are 5 digits too),
 * {@code @codes}, {@code @all}, {@code @parents} (合计 and every code row with children)
 * and {@code @children(row)}.
 */
public final class FigureIndex {

	private static final Pattern CHILDREN = Pattern.compile("^@children\\((.+)\\)$");

	private final String department;

	private final int year;

	private final Map<Integer, TableFigures> tables = new TreeMap<>();

	public FigureIndex(String department, int year, Collection<StoredTable> facts, Collection<Figure> figures) {
		this.department = department;
		this.year = year;
		facts.forEach(f -> tables.put(f.number(), new TableFigures(f.number(), f)));
		figures.forEach(
				f -> tables
					.computeIfAbsent(f.tableNo(),
							n -> new TableFigures(
									n,
									new StoredTable(n, f.sourceFile(), f.sheet(), f.publishedUnit(), RowShape.LABELLED,
											false, null, null, n, null)))
					.add(f));
	}

	public String department() {
		return department;
	}

	public int year() {
		return year;
	}

	/**
	 * The template set the package was read with, or null when the store does not say.
	 */
	public String set() {
		return tables.values()
			.stream()
			.map(t -> t.facts().set())
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The title canonical table {@code number} has in the package's set, if the package
	 * has it.
	 */
	public Optional<String> title(int number) {
		return table(number).map(t -> t.facts().title());
	}

	public Optional<TableFigures> table(int number) {
		return Optional.ofNullable(tables.get(number));
	}

	public Collection<TableFigures> tables() {
		return tables.values();
	}

	/**
	 * Cells as {@code sheet!A1} joined by {@code +}; the file name is put before a sheet
	 * name that is not unique in the package (13 files each with a {@code Sheet1}).
	 */
	public String cells(List<Figure> figures) {
		return String.join("+",
				figures.stream()
					.map(f -> (sheetIsUnique(f.sheet()) ? "" : fileName(f) + " › ") + f.sheet() + "!" + f.cell())
					.toList());
	}

	private boolean sheetIsUnique(String sheet) {
		return tables.values()
			.stream()
			.filter(t -> t.facts().sheet().equals(sheet))
			.map(t -> t.facts().sourceFile())
			.distinct()
			.count() <= 1;
	}

	private static String fileName(Figure f) {
		return f.sourceFile().substring(f.sourceFile().lastIndexOf('/') + 1);
	}

	/** The row keys a selector stands for in a table (empty when the table is absent). */
	public List<String> select(int table, String selector) {
		TableFigures t = tables.get(table);
		if (t == null) {
			return List.of();
		}
		Matcher children = CHILDREN.matcher(selector);
		if (children.matches()) {
			return children(t, children.group(1));
		}
		List<String> keys = t.rowKeys();
		return switch (selector) {
			case "@类" -> codes(keys, 3);
			case "@款" -> codes(keys, 5);
			case "@项" -> codes(keys, 7);
			case "@codes" -> keys.stream().filter(TableFigures::isCode).toList();
			case "@all" -> keys;
			case "@parents" -> keys.stream().filter(k -> !children(t, k).isEmpty()).toList();
			default -> throw new IllegalArgumentException("unknown row selector " + selector);
		};
	}

	private static List<String> codes(List<String> keys, int digits) {
		return keys.stream().filter(k -> k.length() == digits && TableFigures.isCode(k)).toList();
	}

	private static List<String> children(TableFigures t, String parent) {
		return parent.equals(TableFigures.TOTAL) || TableFigures.isCode(parent) ? t.children(parent) : List.of();
	}

	/**
	 * Resolves a term, or nothing when the rule does not apply: its table (or previous
	 * year) is absent, its labelled row is absent (the layout has no such row), or — for
	 * the checked term only — its column is absent. Another term's absent column, or
	 * absent code row, counts zero (publishers drop empty columns and rows).
	 */
	public static Optional<Resolved> resolve(Term term, String row, String column, FigureIndex current,
			FigureIndex previous, boolean checked) {
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
		if (!term.isSelector() && !TableFigures.isCode(r) && !t.hasRow(r)) {
			return Optional.empty();
		}
		List<String> keys = term.isSelector() ? index.select(term.table(), r) : List.of(r);
		// loops, not streams: the audit resolves a few thousand terms per department-year
		List<Figure> figures = new ArrayList<>(keys.size());
		BigDecimal value = BigDecimal.ZERO;
		BigDecimal tolerance = BigDecimal.ZERO;
		int scale = t.typicalScale();
		for (String k : keys) {
			Figure f = t.cell(k, c);
			if (f != null) {
				figures.add(f);
				if (f.amountYuan() != null) {
					value = value.add(f.amountYuan());
				}
				tolerance = tolerance.add(Tolerance.halfUnit(f, scale));
			}
		}
		String label = term.isSelector() ? r : t.label(r);
		return Optional.of(new Resolved(term, r, label, c, Collections.unmodifiableList(figures), value, tolerance,
				t.facts().unit(), t.hasColumn(c)));
	}

}
