package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A worksheet's column default styles ({@code <col min max style>}): POI's usermodel
 * gives a cell without a style of its own its column's.
 */
final class ColumnStyles {

	private record Span(int min, int max, int style) {
	}

	private final List<Span> spans = new ArrayList<>();

	/**
	 * A {@code <col>} element's attributes; one without a style still claims its columns.
	 */
	void add(String min, String max, String style) {
		try {
			spans.add(new Span(Integer.parseInt(min), Integer.parseInt(max),
					style == null ? -1 : Integer.parseInt(style)));
		}
		catch (NumberFormatException e) {
			throw new XlsxUnsupported("column " + min + ":" + max + " style " + style);
		}
	}

	/** The default style of a 0-based column, or 0. */
	int styleOf(int column) {
		Span found = null;
		for (Span span : spans) {
			if (span.min() <= column + 1 && column + 1 <= span.max()) {
				if (found != null) {
					throw new XlsxUnsupported("overlapping column styles");
				}
				found = span;
			}
		}
		return found == null || found.style() < 0 ? 0 : found.style();
	}

}
