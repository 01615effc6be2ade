package org.juesuan.etl.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small builder of fixture sheets for parser tests: rows of cells (String, Number,
 * {@link Formula}, {@link Error} or null), merged regions, written as .xlsx or .xls.
 * Numbers get the "#,##0.00" format.
 */
final class SheetFixture {

	record Formula(String formula) {
	}

	record Error(String code) {
	}

	private final String name;

	private final List<Object[]> rows = new ArrayList<>();

	private final List<CellRangeAddress> merges = new ArrayList<>();

	private SheetFixture(String name) {
		this.name = name;
	}

	static SheetFixture sheet(String name) {
		return new SheetFixture(name);
	}

	SheetFixture row(Object... cells) {
		rows.add(cells);
		return this;
	}

	/** Merges an A1-style range, e.g. {@code "A3:C3"}. */
	SheetFixture merge(String range) {
		merges.add(CellRangeAddress.valueOf(range));
		return this;
	}

	static Path write(Path file, SheetFixture... sheets) throws IOException {
		try (Workbook wb = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			CellStyle money = wb.createCellStyle();
			money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
			for (SheetFixture fixture : sheets) {
				fixture.fill(wb.createSheet(fixture.name), money);
			}
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			wb.write(out);
		}
		return file;
	}

	private void fill(Sheet sheet, CellStyle money) {
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r);
			Object[] cells = rows.get(r);
			for (int c = 0; c < cells.length; c++) {
				set(row, c, cells[c], money);
			}
		}
		merges.forEach(sheet::addMergedRegion);
	}

	private static void set(Row row, int c, Object value, CellStyle money) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(c);
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
			cell.setCellStyle(money);
		}
		else if (value instanceof Formula f) {
			cell.setCellFormula(f.formula());
			cell.setCellStyle(money);
		}
		else if (value instanceof Error e) {
			cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.forString(e.code()).getCode());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

}
