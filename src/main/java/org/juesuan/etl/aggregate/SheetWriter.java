package org.juesuan.etl.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Cells of one sheet of the district workbook: title, header, text and amounts published
 * in 万元.
 */
final class SheetWriter {

	private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

	private final Sheet sheet;

	private final CellStyle title;

	private final CellStyle header;

	private final CellStyle money;

	SheetWriter(Workbook wb, Sheet sheet) {
		this.sheet = sheet;
		this.title = wb.createCellStyle();
		var bold = wb.createFont();
		bold.setBold(true);
		bold.setFontHeightInPoints((short) 16);
		title.setFont(bold);
		title.setAlignment(HorizontalAlignment.CENTER);
		this.header = wb.createCellStyle();
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setWrapText(true);
		header.setBorderBottom(BorderStyle.THIN);
		this.money = wb.createCellStyle();
		money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
	}

	void title(int row, String text, int width) {
		Cell cell = cell(row, 0);
		cell.setCellValue(CellText.safe(text));
		cell.setCellStyle(title);
		merge(row, 0, row, width - 1);
	}

	void text(int row, int col, String text) {
		if (text != null) {
			cell(row, col).setCellValue(CellText.safe(text));
		}
	}

	void header(int row, int col, String text, int lastRow, int lastCol) {
		Cell cell = cell(row, col);
		cell.setCellValue(text);
		cell.setCellStyle(header);
		merge(row, col, lastRow, lastCol);
	}

	/**
	 * An amount in 元 written as its exact value in 万元 (the stored value keeps every 元 and
	 * fen).
	 */
	void amount(int row, int col, BigDecimal yuan, boolean present) {
		Cell cell = cell(row, col);
		if (!present) {
			return;
		}
		if (yuan == null) {
			cell.setCellValue("-");
			return;
		}
		cell.setCellValue(yuan.divide(WAN, 6, RoundingMode.UNNECESSARY).doubleValue());
		cell.setCellStyle(money);
	}

	void width(int col, int chars) {
		sheet.setColumnWidth(col, chars * 256);
	}

	private void merge(int row, int col, int lastRow, int lastCol) {
		if (lastRow > row || lastCol > col) {
			sheet.addMergedRegion(new CellRangeAddress(row, lastRow, col, lastCol));
		}
	}

	private Cell cell(int row, int col) {
		Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
		return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
	}

}
