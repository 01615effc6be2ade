package org.juesuan.etl.template;

import java.util.List;
import java.util.Objects;

/**
 * A canonical column of a table and the header paths that denote it. Each alternative is
 * a list of segments, each segment a set of aliases; a physical column matches when every
 * segment equals a distinct element of its header path (top to bottom, in any order).
 * {@code row} is set only for single-row tables (T13), where a column stands for a (row,
 * column) pair.
 */
public record ColumnSpec(String name, String row, List<List<List<String>>> alternatives) {

	public ColumnSpec {
		Objects.requireNonNull(name, "name");
		alternatives = List.copyOf(alternatives);
		if (alternatives.isEmpty()) {
			throw new IllegalArgumentException("column " + name + " has no header alternatives");
		}
	}
}
