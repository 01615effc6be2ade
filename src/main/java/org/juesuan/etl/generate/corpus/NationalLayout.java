package org.juesuan.etl.generate.corpus;

import java.util.List;

import org.juesuan.etl.generate.LayoutOptions.Format;

/**
 * How a national-template department publishes its 9 tables. Every combination is a
 * layout seen in real disclosures (tables.md §0.2 and the 2024 样张).
 *
 * @param format .xlsx or .xls
 * @param oneWorkbook one workbook with 9 sheets, or one file per table
 * @param order sheet order within the one workbook (table numbers 1–9)
 * @param sheetNames how sheets are named
 * @param splitCodes 类|款|项 code columns instead of one full-code column
 * @param totalAt where the 合计 row of coded tables goes
 * @param zeroBlank zero printed as a blank cell instead of 0.00
 * @param textAmounts amounts written as text with thousands separators
 * @param coverLine a line "<部门>2024年度部门决算表" above each title (Shanghai)
 * @param jineUnit "金额单位：万元" instead of "单位：万元"
 * @param labels a 公开NN表 label under the title (most have none)
 */
record NationalLayout(Format format, boolean oneWorkbook, List<Integer> order, SheetNames sheetNames,
		boolean splitCodes, TotalAt totalAt, boolean zeroBlank, boolean textAmounts, boolean coverLine,
		boolean jineUnit, boolean labels) {

	/** Sheet naming. */
	enum SheetNames {

		SHEET_N, TITLE, BIAO

	}

	/**
	 * 合计 row: first data row, on the 类|款|项 sub-header row (split codes only), or last.
	 */
	enum TotalAt {

		TOP, SUBHEADER, BOTTOM

	}

	NationalLayout {
		order = List.copyOf(order);
	}

	/** The 合计 position actually used: SUBHEADER needs split code columns. */
	TotalAt effectiveTotalAt() {
		return totalAt == TotalAt.SUBHEADER && !splitCodes ? TotalAt.TOP : totalAt;
	}
}
