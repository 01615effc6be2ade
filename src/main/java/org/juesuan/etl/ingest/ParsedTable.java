package org.juesuan.etl.ingest;

import java.util.List;

/**
 * One table as read from one sheet.
 *
 * @param rowShape {@code functional}, {@code economic}, {@code mixed}, {@code labelled} or {@code single}
 * @param empty the table states it has no data (本表无数据) and holds no non-zero figure
 * @param statement that statement, or null
 */
public record ParsedTable(int tableNo, String sourceFile, String sheet, String unit, String rowShape, boolean empty,
		String statement, String statedDepartment, Integer statedYear, List<Figure> figures) {

	public ParsedTable {
		figures = List.copyOf(figures);
	}
}
