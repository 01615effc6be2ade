package org.juesuan.etl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.store.QueryResult;

import com.opencsv.CSVWriter;

/**
 * Prints a query result as an aligned text table (CJK counted double-width) or as CSV
 * with a header row.
 */
final class ResultPrinter {

	private ResultPrinter() {
	}

	static void csv(QueryResult result, PrintWriter out) {
		CSVWriter writer = new CSVWriter(out);
		writer.writeNext(result.columns().toArray(String[]::new), false);
		result.rows()
			.forEach(r -> writer.writeNext(r.stream().map(v -> v == null ? "" : v).toArray(String[]::new), false));
		out.flush();
	}

	static void table(QueryResult result, PrintWriter out) {
		List<Integer> widths = new ArrayList<>();
		for (int c = 0; c < result.columns().size(); c++) {
			int w = width(result.columns().get(c));
			for (List<String> row : result.rows()) {
				w = Math.max(w, width(show(row.get(c))));
			}
			widths.add(w);
		}
		line(result.columns(), widths, out);
		out.println(String.join("-+-", widths.stream().map("-"::repeat).toList()));
		result.rows().forEach(r -> line(r.stream().map(ResultPrinter::show).toList(), widths, out));
		out.println("(" + result.rows().size() + " rows)");
	}

	private static void line(List<String> values, List<Integer> widths, PrintWriter out) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < values.size(); c++) {
			cells.add(values.get(c) + " ".repeat(widths.get(c) - width(values.get(c))));
		}
		out.println(String.join(" | ", cells));
	}

	private static String show(String value) {
		return value == null ? "NULL" : value;
	}

	static int width(String s) {
		return s.codePoints().map(cp -> cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80) ? 2 : 1).sum();
	}

}
