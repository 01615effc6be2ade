package org.juesuan.etl.aggregate;

import java.util.List;

/**
 * A flat table for a report file: column titles and rows of values (text, numbers,
 * {@code BigDecimal} yuan).
 */
record Tabular(String name, List<String> headers, List<List<Object>> rows) {

	Tabular {
		for (List<Object> r : rows) {
			if (r.size() != headers.size()) {
				throw new IllegalArgumentException(
						name + ": a row of " + r.size() + " values for " + headers.size() + " columns");
			}
		}
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}
}
