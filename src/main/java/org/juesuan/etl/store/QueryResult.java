package org.juesuan.etl.store;

import java.util.List;

/**
 * The columns and rows (as text, null kept) of a query; {@code truncated} when the row
 * cap cut it.
 */
public record QueryResult(List<String> columns, List<List<String>> rows, boolean truncated) {

	public QueryResult {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	public QueryResult(List<String> columns, List<List<String>> rows) {
		this(columns, rows, false);
	}
}
