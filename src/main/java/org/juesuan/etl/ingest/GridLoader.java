package org.juesuan.etl.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a POI usermodel sheet into a {@link SheetGrid}: numbers as their stored value
 * (formulas by their cached result; a formula saved without one is evaluated, or flagged
 * with its text when it cannot be), text as written, errors flagged (so are values that
 * are no finite number, such as NaN), merged regions spread over their cells. The values
 * themselves are made by {@link CellValues}, as the streaming .xlsx reader makes them.
 */
final class GridLoader {

	private static final Logger log = LoggerFactory.getLogger(GridLoader.class);

	static final int MAX_ROWS = 100_000;
	static final int MAX_COLUMNS = 256;

	private GridLoader() {
	}

	static SheetGrid load(Sheet sheet) {
		FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
		int height = Math.min(sheet.getLastRowNum() + 1, MAX_ROWS);
		boolean truncated = sheet.getLastRowNum() + 1 > MAX_ROWS;
		GridCell[][] cells = new GridCell[Math.max(height, 0)][];
		int width = 0;
		for (int r = 0; r < height; r++) {
			Row row = sheet.getRow(r);
			int rowWidth = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
			truncated |= row != null && row.getLastCellNum() > MAX_COLUMNS;
			cells[r] = new GridCell[rowWidth];
			for (int c = 0; c < rowWidth; c++) {
				cells[r][c] = read(row.getCell(c), evaluator);
			}
			width = Math.max(width, rowWidth);
		}
		MergedRegions.spread(sheet.getMergedRegions(), cells);
		return new SheetGrid(sheet.getSheetName(), cells, width, truncated);
	}

	/**
	 * One cell; whatever its stored value is, it becomes a cell (an unreadable one at
	 * worst), never an exception.
	 */
	private static GridCell read(Cell cell, FormulaEvaluator evaluator) {
		if (cell == null) {
			return GridCell.BLANK;
		}
		try {
			if (cell.getCellType() == CellType.FORMULA && !hasCachedValue(cell)) {
				return FormulaCells.evaluate(cell, evaluator);
			}
			CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
					: cell.getCellType();
			return switch (type) {
				case NUMERIC -> number(cell.getNumericCellValue(), cell);
				case STRING -> CellValues.text(cell.getStringCellValue());
				case BOOLEAN -> CellValues.bool(cell.getBooleanCellValue());
				case ERROR -> CellValues.error(cell.getErrorCellValue());
				default -> GridCell.BLANK;
			};
		}
		catch (RuntimeException e) {
			log.debug("{}: POI cannot give the cell's value", cell.getAddress(), e);
			return CellValues.unreadable(e.getMessage());
		}
	}

	/**
	 * An .xlsx formula saved by a program that does not calculate has no {@code <v>}; POI
	 * would read it as 0.
	 */
	private static boolean hasCachedValue(Cell cell) {
		return !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
	}

	static GridCell number(double stored, Cell cell) {
		return CellValues.number(stored, cell.getCellStyle().getDataFormatString());
	}

}
