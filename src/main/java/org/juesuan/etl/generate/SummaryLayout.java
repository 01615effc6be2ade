package org.juesuan.etl.generate;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.juesuan.etl.generate.LayoutOptions.HeaderVariant;

/**
 * Shared layout of the two panelled summary tables T1 and T4: panel headers, 栏次, 行次 and
 * the class list.
 */
final class SummaryLayout {

	private SummaryLayout() {
	}

	/**
	 * The 类 codes to print: all national classes, or those with spending matching
	 * {@code filter}.
	 */
	static List<String> classes(Ledger ledger, LayoutOptions options, Predicate<Spending> filter) {
		if (options.allClasses()) {
			return FunctionalClassification.NATIONAL_CLASSES;
		}
		TreeSet<String> used = new TreeSet<>();
		ledger.functionCodes()
			.stream()
			.filter(c -> ledger.spending(c, filter).signum() != 0)
			.forEach(c -> used.add(c.substring(0, 3)));
		return List.copyOf(used);
	}

	/** The income-panel amount header: 金额 or 决算数. */
	static String amountHeader(LayoutOptions options) {
		return options.has(HeaderVariant.T1_JUESUANSHU) ? "决算数" : "金额";
	}

	/**
	 * Writes the two header rows (收入 | 支出 over the panels, then the column headers) and
	 * the 栏次 row.
	 * @param incomeHeaders amount headers of the income panel
	 * @param outHeaders amount headers of the expenditure panel
	 * @return the first data row
	 */
	static int header(TableSheet out, int row, List<String> incomeHeaders, List<String> outHeaders) {
		int line = out.options().lineNumbers() ? 1 : 0;
		int incomeWidth = 1 + line + incomeHeaders.size();
		int width = incomeWidth + 1 + line + outHeaders.size();
		SheetBuilder sheet = out.sheet();
		sheet.text(row, 0, "收入").merge(row, row, 0, incomeWidth - 1);
		sheet.text(row, incomeWidth, "支出").merge(row, row, incomeWidth, width - 1);
		panelHeader(sheet, row + 1, 0, line, incomeHeaders);
		panelHeader(sheet, row + 1, incomeWidth, line, outHeaders);
		for (int c = 0; c < width; c++) {
			sheet.width(c, c == 0 || c == incomeWidth ? 34 : 14);
		}
		if (!out.options().columnNumbers()) {
			return row + 2;
		}
		sheet.text(row + 2, 0, "栏次").text(row + 2, incomeWidth, "栏次");
		for (int i = 0; i < incomeHeaders.size(); i++) {
			out.auxiliary(row + 2, 1 + line + i, i + 1);
		}
		for (int i = 0; i < outHeaders.size(); i++) {
			out.auxiliary(row + 2, incomeWidth + 1 + line + i, incomeHeaders.size() + i + 1);
		}
		return row + 3;
	}

	/**
	 * Writes 行次 numbers down both panels: income rows 1…rows, expenditure rows
	 * rows+1…2·rows.
	 */
	static void lineNumbers(TableSheet out, int first, int rows, int outPanelStart) {
		if (!out.options().lineNumbers()) {
			return;
		}
		for (int i = 0; i < rows; i++) {
			out.auxiliary(first + i, 1, i + 1);
			out.auxiliary(first + i, outPanelStart + 1, rows + i + 1);
		}
	}

	private static void panelHeader(SheetBuilder sheet, int row, int start, int line, List<String> headers) {
		sheet.text(row, start, "项目");
		if (line == 1) {
			sheet.text(row, start + 1, "行次");
		}
		for (int i = 0; i < headers.size(); i++) {
			sheet.text(row, start + 1 + line + i, headers.get(i));
		}
	}

}
