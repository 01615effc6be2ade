package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part's XML into a {@link SheetGrid}: {@code <col>} styles,
 * {@code <row>}s and their {@code <c>}ells (with or without {@code r}), {@code <v>},
 * {@code <f>}, inline {@code <is>} text, and {@code <mergeCell>}s. Counts every
 * {@code <row>} against {@code rowCap} as {@link WorkbookGuard} does.
 */
final class XlsxSheetHandler extends DefaultHandler {

	private final XlsxStyles styles;

	private final SharedText strings;

	private final RowCap rowCap;

	private final ColumnStyles columns = new ColumnStyles();

	private final GridRows rows = new GridRows();

	private final List<CellRangeAddress> merges = new ArrayList<>();

	private final XlsxCell cell = new XlsxCell();

	private final StringBuilder text = new StringBuilder();

	private boolean capturing;

	private int column = -1;

	private boolean inInline;

	private boolean inRun;

	private boolean inPhonetic;

	XlsxSheetHandler(XlsxStyles styles, SharedText strings, RowCap rowCap) {
		this.styles = styles;
		this.strings = strings;
		this.rowCap = rowCap;
	}

	SheetGrid grid(String name) {
		return rows.toGrid(name, merges);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> {
				rowCap.count();
				rows.startRow(attributes.getValue("r"));
			}
			case "c" -> {
				column = rows.nextColumn(attributes.getValue("r"));
				cell.start(attributes.getValue("t"), attributes.getValue("s"));
			}
			case "v" -> capturing = true;
			case "f" -> cell.formula(attributes.getValue("t"));
			case "is" -> {
				inInline = true;
				cell.inline();
			}
			case "r" -> inRun = inInline;
			case "rPh" -> inPhonetic = true;
			case "t" -> capturing = inInline && !inPhonetic;
			case "col" ->
				columns.add(attributes.getValue("min"), attributes.getValue("max"), attributes.getValue("style"));
			case "mergeCell" -> merges.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
			default -> {
			}
		}
		if (capturing) {
			text.setLength(0);
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (capturing) {
			text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "v" -> {
				cell.value(text.toString());
				capturing = false;
			}
			case "t" -> {
				if (capturing) {
					cell.inlineText(text.toString(), inRun);
					capturing = false;
				}
			}
			case "r" -> inRun = false;
			case "rPh" -> inPhonetic = false;
			case "is" -> inInline = false;
			case "c" -> {
				if (rows.keeps(column)) {
					rows.put(column, cell.toGridCell(styles, columns, column, strings));
				}
			}
			case "row" -> rows.endRow();
			default -> {
			}
		}
	}

}
