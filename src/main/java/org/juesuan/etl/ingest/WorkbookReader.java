package org.juesuan.etl.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.SheetTop;

/** Opens one workbook once, read-only, and loads every visible sheet's grid; recognition comes later. */
final class WorkbookReader {

	private static final int RECOGNITION_ROWS = 15;

	private WorkbookReader() {
	}

	/** One sheet of a package, with the file it came from. */
	record LoadedSheet(String fileName, SheetGrid grid) {

		/** The first non-blank rows, as recognition sees them. */
		SheetTop top() {
			int first = grid.firstNonBlankRow();
			List<List<String>> rows = new ArrayList<>();
			for (int r = first; r < Math.min(first + RECOGNITION_ROWS, grid.height()); r++) {
				rows.add(grid.rowTexts(r));
			}
			return new SheetTop(grid.name(), rows);
		}
	}

	static List<LoadedSheet> read(Path path, String fileName, List<Finding> findings) throws IOException {
		List<LoadedSheet> sheets = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(path.toFile(), null, true)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				Sheet sheet = workbook.getSheetAt(i);
				if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
					findings.add(Finding.file("ingest.sheet-hidden", Severity.INFO, null, "隐藏的工作表“" + sheet.getSheetName() + "”未读取",
							fileName + " › " + sheet.getSheetName()));
					continue;
				}
				sheets.add(new LoadedSheet(fileName, GridLoader.load(sheet)));
			}
		}
		return sheets;
	}
}
