package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * A minimal reference reader used by the fixture's own tests: reads back the cells a
 * renderer reported and lists every difference from the expected figures, and every
 * amount-like cell nobody reported.
 */
final class SheetReadback {

	private static final Set<String> PLACEHOLDERS = Set.of("-", "—", "/", "不适用");

	private SheetReadback() {
	}

	/**
	 * Differences between the workbook and what the renderer reported for {@code table};
	 * empty when all agree.
	 */
	static List<String> problems(Workbook workbook, RenderedTable table, PublishedUnit unit) {
		Sheet sheet = workbook.getSheet(table.sheet());
		List<String> problems = new ArrayList<>();
		Set<String> reported = new HashSet<>(table.auxiliaryCells());
		for (PlacedFigure placed : table.placed()) {
			reported.add(placed.cell());
			BigDecimal actual = read(cell(sheet, placed.cell()), unit);
			if (!Objects.equals(actual, placed.figure().amountYuan())) {
				problems.add(table.sheet() + "!" + placed.cell() + " read " + actual + " expected " + placed.figure());
			}
		}
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (amountLike(cell) && !reported.contains(cell.getAddress().formatAsString())) {
					problems.add(table.sheet() + "!" + cell.getAddress() + " unreported amount " + cell);
				}
			}
		}
		return problems;
	}

	/**
	 * The value a parser should read from a cell, in 元: blank → 0, placeholder → null.
	 */
	static BigDecimal read(Cell cell, PublishedUnit unit) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return unit.toYuan(BigDecimal.ZERO);
		}
		if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA) {
			return unit.toYuan(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP));
		}
		String text = cell.getStringCellValue().trim();
		if (text.isEmpty()) {
			return unit.toYuan(BigDecimal.ZERO);
		}
		return PLACEHOLDERS.contains(text) ? null : unit.toYuan(new BigDecimal(text.replace(",", "")));
	}

	private static boolean amountLike(Cell cell) {
		return switch (cell.getCellType()) {
			case NUMERIC, FORMULA -> true;
			case STRING -> cell.getStringCellValue().matches("-?[\\d,]+\\.\\d{2}")
					|| PLACEHOLDERS.contains(cell.getStringCellValue().trim());
			default -> false;
		};
	}

	private static Cell cell(Sheet sheet, String address) {
		CellReference ref = new CellReference(address);
		Row row = sheet.getRow(ref.getRow());
		return row == null ? null : row.getCell(ref.getCol());
	}

}
