package org.juesuan.etl.generate;

/**
 * The printed words a layout chooses: title prefix, label, department and unit lines,
 * sheet name.
 */
final class TableWording {

	private TableWording() {
	}

	static String titlePrefix(LayoutOptions options, DepartmentData department) {
		return switch (options.titlePrefix()) {
			case NONE -> "";
			case YEAR -> department.year() + "年度";
			case DEPARTMENT_AND_YEAR -> department.name() + department.year() + "年度";
		};
	}

	/** The label, or null when none is printed. */
	static String label(LayoutOptions options, AppendixTable table) {
		return switch (options.labelStyle()) {
			case GONGKAI -> table.gongkaiLabel();
			case BIAO -> "表" + table.number();
			case NONE -> null;
		};
	}

	static String departmentLine(LayoutOptions options) {
		return switch (options.departmentLine()) {
			case BUMEN -> "部门：";
			case BIANZHI_DANWEI -> "编制单位：";
			case DANWEI_MINGCHENG -> "单位名称：";
		};
	}

	static String unitLine(LayoutOptions options) {
		return switch (options.unitWording()) {
			case JINE_DANWEI -> "金额单位：";
			case DANWEI -> "单位：";
		} + options.unit().label();
	}

	/** The sheet name for a table at a zero-based position within its workbook. */
	static String sheetName(LayoutOptions options, AppendixTable table, int position) {
		return switch (options.sheetNaming()) {
			case GONGKAI -> table.gongkaiLabel();
			case SHEET_N -> "Sheet" + (position + 1);
			case GK -> String.format("GK%02d", table.number());
			case TITLE -> table.title();
		};
	}

}
