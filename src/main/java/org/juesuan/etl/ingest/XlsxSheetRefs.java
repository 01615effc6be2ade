package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The {@code <sheet>} entries of an .xlsx's {@code workbook.xml}, in the workbook's order
 * (which need not be the order of the sheet parts): name, relationship id, and whether
 * the sheet is hidden or very hidden.
 */
final class XlsxSheetRefs extends DefaultHandler {

	/** One sheet as the workbook lists it. */
	record SheetRef(String name, String relId, boolean hidden) {
	}

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final List<SheetRef> sheets = new ArrayList<>();

	List<SheetRef> sheets() {
		return sheets;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (localName.equals("sheet")) {
			String state = attributes.getValue("state");
			sheets.add(new SheetRef(attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id"),
					"hidden".equals(state) || "veryHidden".equals(state)));
		}
	}

}
