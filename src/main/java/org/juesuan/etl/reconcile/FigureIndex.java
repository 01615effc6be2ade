package org.juesuan.etl.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.etl.ingest.Figure;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.FigureReader.DepartmentYear;
import org.juesuan.etl.store.StoredTable;

/**
 * All tables of one department-year, and the row selectors rules use: {@code @类}, {@code @款}, {@code @项}
 * (3-, 5- and 7-digit codes; economic 款 are 5 digits too), {@code @codes}, {@code @all}, {@code @parents}
 * (合计 and every code row with children) and {@code @children(row)}.
 */
final class FigureIndex {

	private static final Pattern CHILDREN = Pattern.compile("^@children\\((.+)\\)$");

	private final String department;
	private final int year;
	private final Map<Integer, TableFigures> tables = new TreeMap<>();

	FigureIndex(String department, int year, Collection<StoredTable> facts, Collection<Figure> figures) {
		this.department = department;
		this.year = year;
		facts.forEach(f -> tables.put(f.number(), new TableFigures(f.number(), f)));
		figures.forEach(f -> tables.computeIfAbsent(f.tableNo(), n -> new TableFigures(n, new StoredTable(n, f.sourceFile(),
				f.sheet(), f.publishedUnit(), "labelled", false, null, null, n, null))).add(f));
	}

	/** The stored tables and figures of a department-year. */
	static FigureIndex load(FigureReader reader, DepartmentYear dy) {
		return new FigureIndex(dy.department(), dy.year(), reader.tables(dy.departmentId(), dy.year()),
				reader.figures(dy.departmentId(), dy.year()));
	}

	String department() {
		return department;
	}

	int year() {
		return year;
	}

	/** The template set the package was read with, or null when the store does not say. */
	String set() {
		return tables.values().stream().map(t -> t.facts().set()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	/** The title canonical table {@code number} has in the package's set, if the package has it. */
	Optional<String> title(int number) {
		return table(number).map(t -> t.facts().title());
	}

	Optional<TableFigures> table(int number) {
		return Optional.ofNullable(tables.get(number));
	}

	Collection<TableFigures> tables() {
		return tables.values();
	}

	/**
	 * Cells as {@code sheet!A1} joined by {@code +}; the file name is put before a sheet name that is not unique
	 * in the package (13 files each with a {@code Sheet1}).
	 */
	String cells(List<Figure> figures) {
		return String.join("+", figures.stream().map(f -> (sheetIsUnique(f.sheet()) ? "" : fileName(f) + " › ") + f.sheet() + "!" + f.cell()).toList());
	}

	private boolean sheetIsUnique(String sheet) {
		return tables.values().stream().filter(t -> t.facts().sheet().equals(sheet)).map(t -> t.facts().sourceFile()).distinct().count() <= 1;
	}

	private static String fileName(Figure f) {
		return f.sourceFile().substring(f.sourceFile().lastIndexOf('/') + 1);
	}

	/** The row keys a selector stands for in a table (empty when the table is absent). */
	List<String> select(int table, String selector) {
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
			case "@类" -> keys.stream().filter(k -> k.matches("\\d{3}")).toList();
			case "@款" -> keys.stream().filter(k -> k.matches("\\d{5}")).toList();
			case "@项" -> keys.stream().filter(k -> k.matches("\\d{7}")).toList();
			case "@codes" -> keys.stream().filter(k -> k.matches("\\d+")).toList();
			case "@all" -> keys;
			case "@parents" -> keys.stream().filter(k -> !children(t, k).isEmpty()).toList();
			default -> throw new IllegalArgumentException("unknown row selector " + selector);
		};
	}

	private static List<String> children(TableFigures t, String parent) {
		List<String> result = new ArrayList<>();
		for (String k : t.rowKeys()) {
			boolean child = parent.equals("合计") ? k.matches("\\d{3}")
					: parent.matches("\\d+") && k.matches("\\d+") && k.length() == parent.length() + 2 && k.startsWith(parent);
			if (child) {
				result.add(k);
			}
		}
		return result;
	}
}
