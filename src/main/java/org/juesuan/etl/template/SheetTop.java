package org.juesuan.etl.template;

import java.util.List;

/**
 * The top of one sheet, as recognition sees it.
 *
 * @param sheetName the sheet's name
 * @param rows the first rows as normalised cell texts, top to bottom
 */
public record SheetTop(String sheetName, List<List<String>> rows) {

	public SheetTop {
		rows = List.copyOf(rows);
	}
}
