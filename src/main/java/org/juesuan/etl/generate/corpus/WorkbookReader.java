package org.juesuan.etl.generate.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A deliberately simple reader of the corpus's own national workbooks, for its tests:
 * finds the sheet whose title cell is a table's title and reads the amount right of a
 * label or under a header on the 合计 row.
 */
final class WorkbookReader {

	private final Path dir;

	WorkbookReader(Path dir) {
		this.dir = dir;
	}

	/**
	 * The amount in the cell right of the first cell reading {@code label} in the table
	 * titled {@code title}.
	 */
	BigDecimal rightOf(String title, String label) {
		return find(title, (sheet, cell) -> cell.getRow().getCell(cell.getColumnIndex() + 1), label);
	}

	/**
	 * The amount under the header {@code header} on the row holding "合计", in the table
	 * titled {@code title}.
	 */
	BigDecimal total(String title, String header) {
		return find(title, (sheet, cell) -> {
			for (Row row : sheet) {
				for (Cell c : row) {
					if (text(c).equals("合计")) {
						return row.getCell(cell.getColumnIndex());
					}
				}
			}
			return null;
		}, header);
	}

	private BigDecimal find(String title, java.util.function.BiFunction<Sheet, Cell, Cell> pick, String label) {
		for (Path file : workbooks()) {
			try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
				for (Sheet sheet : wb) {
					if (hasCell(sheet, title)) {
						return amount(pick.apply(sheet, cell(sheet, label)));
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		throw new IllegalStateException("no table " + title + " in " + dir);
	}

	private List<Path> workbooks() {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.toString().matches(".*\\.xlsx?$")).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean hasCell(Sheet sheet, String text) {
		return cell(sheet, text) != null;
	}

	private static Cell cell(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (text(cell).equals(text)) {
					return cell;
				}
			}
		}
		return null;
	}

	private static String text(Cell cell) {
		return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().trim() : "";
	}

	private static BigDecimal amount(Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return BigDecimal.ZERO.setScale(2);
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
		}
		return new BigDecimal(new DataFormatter().formatCellValue(cell).replace(",", "")).setScale(2);
	}

}
