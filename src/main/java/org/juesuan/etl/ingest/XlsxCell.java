package org.juesuan.etl.ingest;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The parts of one {@code <c>} element seen so far (type, style, {@code <v>}, whether it
 * has an {@code <f>}, inline text), and the {@link GridCell} POI's usermodel would make
 * of them. Whatever the usermodel would read differently (a formula saved without its
 * result, an unknown type or error code, a number that does not parse) is
 * {@link XlsxUnsupported}.
 */
final class XlsxCell {

	private String type;

	private String style;

	private String value;

	private boolean formula;

	private boolean inline;

	private String inlineText;

	private StringBuilder runs;

	void start(String type, String style) {
		this.type = type;
		this.style = style;
		this.value = null;
		this.formula = false;
		this.inline = false;
		this.inlineText = null;
		this.runs = null;
	}

	/** An {@code <f>}; array and data-table formulas are left to the usermodel. */
	void formula(String formulaType) {
		if ("array".equals(formulaType) || "dataTable".equals(formulaType)) {
			throw new XlsxUnsupported(formulaType + " formula");
		}
		formula = true;
	}

	void value(String v) {
		value = v;
	}

	void inline() {
		inline = true;
	}

	/** A {@code <t>} of an {@code <is>}: directly in it, or in one of its runs. */
	void inlineText(String text, boolean inRun) {
		if (inRun) {
			runs = runs == null ? new StringBuilder() : runs;
			runs.append(text);
		}
		else {
			inlineText = inlineText == null ? text : inlineText + text;
		}
	}

	GridCell toGridCell(XlsxStyles styles, ColumnStyles columns, int column, SharedText strings) {
		if (formula && value == null) {
			throw new XlsxUnsupported("formula without a cached value");
		}
		if (type == null || type.equals("n")) {
			return value == null ? GridCell.BLANK : number(styles, columns, column);
		}
		return switch (type) {
			case "s" -> CellValues.text(strings.text(value));
			case "str" -> CellValues.text(decoded(value == null ? "" : value));
			case "inlineStr" -> CellValues.text(decoded(inlineString()));
			case "b" -> CellValues.bool("1".equals(value));
			case "e" -> CellValues.error(errorCode());
			default -> throw new XlsxUnsupported("cell type " + type);
		};
	}

	private GridCell number(XlsxStyles styles, ColumnStyles columns, int column) {
		double stored;
		try {
			stored = value.isEmpty() ? 0.0 : Double.parseDouble(value);
		}
		catch (NumberFormatException e) {
			throw new XlsxUnsupported("number " + value);
		}
		int xf = style == null ? -1 : XlsxCell.index(style);
		if (xf < 0 || xf >= styles.size()) {
			xf = columns.styleOf(column);
		}
		if (xf >= styles.size()) {
			throw new XlsxUnsupported("cell style " + xf);
		}
		return CellValues.number(stored, styles.format(xf));
	}

	private String inlineString() {
		if (!inline) {
			return value == null ? "" : value;
		}
		if (runs != null) {
			return runs.toString();
		}
		if (inlineText == null) {
			throw new XlsxUnsupported("inline string without text");
		}
		return inlineText;
	}

	private byte errorCode() {
		try {
			return FormulaError.forString(value).getCode();
		}
		catch (RuntimeException e) {
			throw new XlsxUnsupported("error code " + value);
		}
	}

	/** {@code _xHHHH_} escapes decoded, as POI's rich text does. */
	private static String decoded(String raw) {
		return raw.contains("_x") ? new XSSFRichTextString(raw).getString() : raw;
	}

	private static int index(String style) {
		try {
			return Integer.parseInt(style);
		}
		catch (NumberFormatException e) {
			throw new XlsxUnsupported("cell style " + style);
		}
	}

}
