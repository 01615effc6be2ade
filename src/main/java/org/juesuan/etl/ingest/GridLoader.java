package org.juesuan.etl.ingest;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a POI sheet into a {@link SheetGrid}: numbers as their stored value (formulas by
 * their cached result; a formula saved without one is evaluated, or flagged with its text
 * when it cannot be), text as written, errors flagged (so are values that are no finite
 * number, such as NaN), merged regions spread over their cells.
 */
final class GridLoader {

	private static final Logger log = LoggerFactory.getLogger(GridLoader.class);

	static final int MAX_ROWS = 100_000;
	static final int MAX_COLUMNS = 256;

	private static final Pattern DECIMALS = Pattern.compile("\\.(0+)");

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
		spreadMerges(sheet, cells);
		return new SheetGrid(sheet.getSheetName(), cells, width, truncated);
	}

	private static void spreadMerges(Sheet sheet, GridCell[][] cells) {
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			int top = region.getFirstRow();
			int left = region.getFirstColumn();
			if (top >= cells.length || left >= cells[top].length || cells[top][left] == null) {
				continue;
			}
			GridCell origin = cells[top][left];
			for (int r = top; r <= Math.min(region.getLastRow(), cells.length - 1); r++) {
				int right = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
				if (cells[r].length <= right) {
					cells[r] = java.util.Arrays.copyOf(cells[r], right + 1);
				}
				for (int c = left; c <= right; c++) {
					if (r != top || c != left) {
						cells[r][c] = origin.asMergedCopy();
					}
				}
			}
		}
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
				case STRING -> new GridCell(cell.getStringCellValue(), null, -1, false, false);
				case BOOLEAN -> new GridCell(String.valueOf(cell.getBooleanCellValue()), null, -1, false, false);
				case ERROR -> new GridCell(errorText(cell), null, -1, true, false);
				default -> GridCell.BLANK;
			};
		}
		catch (RuntimeException e) {
			log.debug("{}: POI cannot give the cell's value", cell.getAddress(), e);
			return new GridCell("无法读取的值（" + e.getMessage() + "）", null, -1, true, false);
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
		if (!Double.isFinite(stored)) {
			return new GridCell("非有限数值 " + stored, null, -1, true, false);
		}
		int scale = displayedScale(cell.getCellStyle().getDataFormatString());
		BigDecimal value = withoutFloatNoise(BigDecimal.valueOf(stored), scale).stripTrailingZeros();
		if (value.scale() < 0) {
			value = value.setScale(0);
		}
		return new GridCell(value.toPlainString(), value, scale, false, false);
	}

	/**
	 * A formula's cached double carries binary noise (411.91999999999996 for 411.92);
	 * within a millionth of the displayed precision, the displayed value is what was
	 * meant. A typed value with more decimals is kept.
	 */
	private static BigDecimal withoutFloatNoise(BigDecimal value, int displayedScale) {
		int scale = Math.max(displayedScale, 2);
		BigDecimal rounded = value.setScale(scale, java.math.RoundingMode.HALF_UP);
		return rounded.subtract(value).abs().compareTo(new BigDecimal("0.000001")) < 0 ? rounded : value;
	}

	static int displayedScale(String format) {
		if (format == null || format.equalsIgnoreCase("General")) {
			return -1;
		}
		Matcher m = DECIMALS.matcher(format);
		return m.find() ? m.group(1).length() : (format.contains("0") ? 0 : -1);
	}

	private static String errorText(Cell cell) {
		return errorText(cell.getErrorCellValue());
	}

	static String errorText(byte code) {
		try {
			return org.apache.poi.ss.usermodel.FormulaError.forInt(code).getString();
		}
		catch (RuntimeException e) {
			return "#ERROR";
		}
	}

}
