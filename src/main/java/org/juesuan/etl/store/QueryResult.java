package org.juesuan.etl.store;

import java.util.List;

/** The columns and rows (as text, null kept) of a query. */
public record QueryResult(List<String> columns, List<List<String>> rows) {

	public QueryResult {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}
}
