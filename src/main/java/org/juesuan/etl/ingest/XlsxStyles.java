package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of an .xlsx ({@code styles.xml}): a cell's
 * {@code s} indexes {@code <cellXfs>}, whose {@code numFmtId} names a custom
 * {@code <numFmt>} or, failing that, a built-in format, as POI's
 * {@code XSSFCellStyle.getDataFormatString} resolves it ({@code <numFmt>}s of
 * differential formats are not the cells' own).
 */
final class XlsxStyles extends DefaultHandler {

	private final Map<Integer, String> custom = new HashMap<>();

	private final List<Integer> cellFormats = new ArrayList<>();

	private boolean inNumFmts;

	private boolean inCellXfs;

	/** How many cell styles there are. */
	int size() {
		return cellFormats.size();
	}

	/** The format string of cell style {@code xf}, or null when it has none known. */
	String format(int xf) {
		int id = cellFormats.get(xf) & 0xffff;
		String format = custom.get(id);
		return format != null ? format : BuiltinFormats.getBuiltinFormat(id);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "numFmts" -> inNumFmts = true;
			case "numFmt" -> {
				if (inNumFmts) {
					custom.put(Integer.parseInt(attributes.getValue("numFmtId")) & 0xffff,
							attributes.getValue("formatCode"));
				}
			}
			case "cellXfs" -> inCellXfs = true;
			case "xf" -> {
				if (inCellXfs) {
					String id = attributes.getValue("numFmtId");
					cellFormats.add(id == null ? 0 : Integer.parseInt(id));
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "numFmts" -> inNumFmts = false;
			case "cellXfs" -> inCellXfs = false;
			default -> {
			}
		}
	}

}
