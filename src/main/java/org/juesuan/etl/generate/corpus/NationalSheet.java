package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.text.DecimalFormat;

import org.juesuan.etl.generate.PublishedUnit;
import org.juesuan.etl.generate.SheetBuilder;

/**
 * One sheet of a national table: writes the title block (optional cover line, title,
 * optional label, unit line) and amounts in 万元 rounded independently to 0.01, as the
 * layout prints them.
 */
final class NationalSheet {

	private final SheetBuilder sheet;

	private final NationalLayout layout;

	private final String department;

	private final int year;

	NationalSheet(SheetBuilder sheet, NationalLayout layout, String department, int year) {
		this.sheet = sheet;
		this.layout = layout;
		this.department = department;
		this.year = year;
	}

	NationalLayout layout() {
		return layout;
	}

	String department() {
		return department;
	}

	SheetBuilder cells() {
		return sheet;
	}

	/**
	 * Writes the block above the grid for a table {@code width} columns wide; returns the
	 * first grid row.
	 */
	int header(int number, String title, int width) {
		int row = 0;
		if (layout.coverLine()) {
			sheet.text(row, 0, department + year + "年度部门决算表").merge(row, row, 0, width - 1);
			row++;
		}
		sheet.text(row, 0, title).merge(row, row, 0, width - 1);
		row++;
		if (layout.labels()) {
			sheet.text(row++, width - 1, String.format("公开%02d表", number));
		}
		sheet.text(row, width - 1, (layout.jineUnit() ? "金额单位：" : "单位：") + "万元");
		return row + 1;
	}

	/** Writes an amount given in 元. */
	NationalSheet amount(int row, int col, BigDecimal yuan) {
		BigDecimal shown = PublishedUnit.WAN_YUAN.publish(yuan);
		if (shown.signum() == 0 && layout.zeroBlank()) {
			return this;
		}
		if (layout.textAmounts()) {
			sheet.text(row, col, new DecimalFormat("#,##0.00").format(shown));
		}
		else {
			sheet.number(row, col, shown.doubleValue(), "#,##0.00");
		}
		return this;
	}

	NationalSheet text(int row, int col, String text) {
		sheet.text(row, col, text);
		return this;
	}

	NationalSheet merge(int firstRow, int lastRow, int firstCol, int lastCol) {
		sheet.merge(firstRow, lastRow, firstCol, lastCol);
		return this;
	}

	/** Header cell spanning rows and columns. */
	NationalSheet head(int row, int lastRow, int col, int lastCol, String text) {
		return text(row, col, text).merge(row, lastRow, col, lastCol);
	}

}
