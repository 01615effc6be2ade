package org.juesuan.etl.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.etl.template.Text;

/**
 * Reads a row's classification code from one full-code column or from split 类|款|项
 * columns, inheriting a blank 类 or 款 from the rows above (as split layouts print them
 * once), and restoring leading zeros that numeric cells lose ({@code 01} stored as 1).
 */
final class CodeReader {

	private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

	private static final Pattern CODE_AND_NAME = Pattern.compile("^([23]\\d{2}(?:\\d{2}){0,2})\\s*[　 ]*(\\D.*)$");

	private String lastClass = "";

	private String lastItem = "";

	/** The code of the row, or "" when the code cells do not hold one. */
	String read(SheetGrid grid, int row, List<Integer> columns) {
		if (columns.isEmpty()) {
			return "";
		}
		if (columns.size() == 1) {
			String code = digits(grid.norm(row, columns.get(0)));
			return HeaderLocator.CODE.matcher(code).matches() ? remember(code) : "";
		}
		String cls = part(grid, row, columns.get(0), 3);
		String item = part(grid, row, columns.get(1), 2);
		String sub = columns.size() > 2 ? part(grid, row, columns.get(2), 2) : "";
		if (cls.isEmpty() && item.isEmpty() && sub.isEmpty() || lastClass.isEmpty() && cls.isEmpty()) {
			return "";
		}
		cls = cls.isEmpty() ? lastClass : cls;
		item = item.isEmpty() && !sub.isEmpty() ? lastItem : item;
		String code = cls + item + (item.isEmpty() ? "" : sub);
		return HeaderLocator.CODE.matcher(code).matches() ? remember(code) : "";
	}

	private String remember(String code) {
		lastClass = code.substring(0, 3);
		lastItem = code.length() >= 5 ? code.substring(3, 5) : "";
		return code;
	}

	private static String part(SheetGrid grid, int row, int col, int width) {
		GridCell cell = grid.cell(row, col);
		if (cell.mergedCopy()) {
			return "";
		}
		String text = digits(grid.norm(row, col));
		if (!SHORT_NUMBER.matcher(text).matches()) {
			return "";
		}
		if (width == 3) {
			return text.length() == 3 ? text : "";
		}
		return text.length() > 2 ? "" : String.format("%02d", Integer.parseInt(text));
	}

	private static String digits(String text) {
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	/** Splits {@code 2013701 行政运行} into code and name, or returns null. */
	static String[] splitCodeAndName(String raw) {
		Matcher m = CODE_AND_NAME.matcher(Text.display(raw));
		return m.matches() ? new String[] { m.group(1), m.group(2).strip() } : null;
	}

}
