package org.juesuan.etl.model;

import java.util.List;

/**
 * One table as read from one sheet.
 *
 * @param tableNo the canonical table (T1…T13) it stands for
 * @param setTableNo its number in the package's template set
 * @param title its title in that set
 * @param rowShape how its rows are keyed
 * @param empty the table states it has no data (本表无数据) and holds no non-zero figure
 * @param statement that statement, or null
 */
public record ParsedTable(int tableNo, int setTableNo, String title, String sourceFile, String sheet, String unit,
		RowShape rowShape, boolean empty, String statement, String statedDepartment, Integer statedYear,
		List<Figure> figures) {

	public ParsedTable {
		figures = List.copyOf(figures);
	}
}
