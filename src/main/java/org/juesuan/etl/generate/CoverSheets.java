package org.juesuan.etl.generate;

/**
 * The 封面 and 目录 sheets some publishers put before the tables; they hold titles but no
 * figures.
 */
final class CoverSheets {

	private CoverSheets() {
	}

	static void write(WorkbookFixture workbook, DepartmentData department) {
		SheetBuilder cover = workbook.sheet("封面");
		cover.text(2, 0, department.name()).text(4, 0, department.year() + "年度部门决算公开表").width(0, 60);
		SheetBuilder contents = workbook.sheet("目录");
		contents.text(0, 0, "目录").width(0, 10).width(1, 50);
		for (AppendixTable table : AppendixTable.values()) {
			contents.text(table.number() + 1, 0, table.gongkaiLabel())
				.text(table.number() + 1, 1, ChineseNumerals.prefix(table.number()) + table.title());
		}
	}

}
