package org.juesuan.etl.template;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The definition of one table of a template set, read from {@code t<NN>.yml}.
 *
 * @param number the table's place in its set's disclosure (national 5 = 一般公共预算财政拨款支出决算表)
 * @param canonical the table of the canonical model it maps onto (T1…T13), which rules,
 * narrative mapping and district outputs name; the set's own number when the file does
 * not say
 * @param optional a package of this set may leave the table out without a "missing table"
 * finding
 * @param title the set's title
 * @param titles normalised title and aliases, for recognition
 * @param labels normalised labels such as {@code 公开03表}
 * @param signature normalised words whose presence in the header identifies the table
 * @param panels one panel, or the side-by-side panels in order
 * @param repeatPanels every panel found has the shape of the single panel given (T8)
 * @param singleRow the table has one data row whose columns carry the row (T13)
 * @param emptyStatements patterns of the "本表无数据" statement
 * @param source the file it came from, for error messages
 */
public record TableTemplate(int number, int canonical, boolean optional, String title, List<String> titles,
		List<String> labels, List<String> signature, List<PanelSpec> panels, boolean repeatPanels, boolean singleRow,
		List<Pattern> emptyStatements, String source) {

	public TableTemplate {
		if (number < 1 || canonical < 1) {
			throw new IllegalArgumentException("table numbers start at 1: " + number + " → T" + canonical);
		}
		titles = List.copyOf(titles);
		labels = List.copyOf(labels);
		signature = List.copyOf(signature);
		panels = List.copyOf(panels);
		emptyStatements = List.copyOf(emptyStatements);
	}

	/** Every column specification of every panel. */
	public List<ColumnSpec> allColumns() {
		return panels.stream().flatMap(p -> p.columns().stream()).toList();
	}
}
