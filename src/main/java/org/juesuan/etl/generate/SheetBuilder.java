package org.juesuan.etl.generate;

import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes cells into one sheet by zero-based row and column: text (optionally indented
 * with leading spaces), numbers and formulas with a number format, and merged regions.
 */
public final class SheetBuilder {

	private final Sheet sheet;

	private final Function<String, CellStyle> styles;

	SheetBuilder(Sheet sheet, Function<String, CellStyle> styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	public String name() {
		return sheet.getSheetName();
	}

	/** Writes a text cell. */
	public SheetBuilder text(int row, int col, String text) {
		cell(row, col).setCellValue(text);
		return this;
	}

	/**
	 * Writes a text cell prefixed with {@code 2 × level} spaces, as publishers indent 款
	 * and 项 names.
	 */
	public SheetBuilder indented(int row, int col, String text, int level) {
		return text(row, col, " ".repeat(2 * level) + text);
	}

	/**
	 * Writes a numeric cell; {@code format} is an Excel number format such as
	 * {@code #,##0.00}, or null.
	 */
	public SheetBuilder number(int row, int col, double value, String format) {
		Cell cell = cell(row, col);
		cell.setCellValue(value);
		if (format != null) {
			cell.setCellStyle(styles.apply(format));
		}
		return this;
	}

	/**
	 * Writes a formula cell (without the leading '='); its cached value is computed when
	 * the workbook is written.
	 */
	public SheetBuilder formula(int row, int col, String formula, String format) {
		Cell cell = cell(row, col);
		cell.setCellFormula(formula);
		if (format != null) {
			cell.setCellStyle(styles.apply(format));
		}
		return this;
	}

	/** Merges a region; a single-cell region is ignored. */
	public SheetBuilder merge(int firstRow, int lastRow, int firstCol, int lastCol) {
		if (firstRow != lastRow || firstCol != lastCol) {
			sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
		}
		return this;
	}

	/** Sets a column's width in characters. */
	public SheetBuilder width(int col, int characters) {
		sheet.setColumnWidth(col, characters * 256);
		return this;
	}

	/** The A1-style address of a cell, e.g. {@code D12}. */
	public static String address(int row, int col) {
		return new CellAddress(row, col).formatAsString();
	}

	private Cell cell(int rowIndex, int col) {
		Row row = sheet.getRow(rowIndex);
		if (row == null) {
			row = sheet.createRow(rowIndex);
		}
		return row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
	}

}
