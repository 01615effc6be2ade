package org.juesuan.etl.aggregate;

import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.template.ColumnSpec;

/**
 * The multi-level header of a table's amount columns, from the header paths of its
 * template ({@code 基本支出/人员经费}): one path per column, a column whose path another column
 * extends taking its longer form ({@code 基本支出/小计}), so group headers span their columns
 * as the bureau's layout does.
 */
record HeaderTree(List<List<String>> paths) {

	static HeaderTree of(List<ColumnSpec> columns) {
		List<List<String>> chosen = new ArrayList<>(
				columns.stream().map(c -> display(c.alternatives().get(0))).toList());
		for (int i = 0; i < chosen.size(); i++) {
			List<String> path = chosen.get(i);
			if (path.size() == 1 && chosen.stream().anyMatch(p -> p.size() > 1 && p.get(0).equals(path.get(0)))) {
				chosen.set(i,
						columns.get(i)
							.alternatives()
							.stream()
							.map(HeaderTree::display)
							.filter(p -> p.size() > 1 && p.get(0).equals(path.get(0)))
							.findFirst()
							.orElse(path));
			}
		}
		return new HeaderTree(List.copyOf(chosen));
	}

	private static List<String> display(List<List<String>> alternative) {
		return alternative.stream().map(aliases -> aliases.get(0)).toList();
	}

	int depth() {
		return paths.stream().mapToInt(List::size).max().orElse(1);
	}

	/**
	 * Writes the header from {@code (row, col)} over {@code depth} rows (at least this
	 * tree's depth).
	 */
	void write(SheetWriter sheet, int row, int col, int depth) {
		for (int level = 0; level < depth; level++) {
			int c = 0;
			while (c < paths.size()) {
				List<String> path = paths.get(c);
				if (level == path.size() - 1) {
					sheet.header(row + level, col + c, path.get(level), row + depth - 1, col + c);
					c++;
				}
				else if (level < path.size() - 1) {
					int end = c;
					while (end + 1 < paths.size() && samePrefix(paths.get(end + 1), path, level)) {
						end++;
					}
					sheet.header(row + level, col + c, path.get(level), row + level, col + end);
					c = end + 1;
				}
				else {
					c++;
				}
			}
		}
	}

	private static boolean samePrefix(List<String> other, List<String> path, int level) {
		return other.size() > level + 1 && other.subList(0, level + 1).equals(path.subList(0, level + 1));
	}
}
