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

/**
 * Opens one workbook once, read-only, and loads every visible sheet's grid; recognition
 * comes later. A workbook POI cannot open (corrupt, encrypted, not a workbook) is an
 * {@link IOException}; a failure loading a sheet of a workbook that opened is a
 * {@link PackageReadException} naming file and sheet.
 */
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
		try (Workbook workbook = open(path)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				Sheet sheet = workbook.getSheetAt(i);
				if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
					findings.add(Finding.file("ingest.sheet-hidden", Severity.INFO, null,
							"隐藏的工作表“" + sheet.getSheetName() + "”未读取", fileName + " › " + sheet.getSheetName()));
					continue;
				}
				sheets.add(new LoadedSheet(fileName, load(sheet, fileName)));
			}
		}
		return sheets;
	}

	/**
	 * POI's refusals, checked or not (EncryptedDocumentException,
	 * NotOfficeXmlFileException …), as IOException.
	 */
	private static Workbook open(Path path) throws IOException {
		try {
			return WorkbookFactory.create(path.toFile(), null, true);
		}
		catch (RuntimeException e) {
			throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
		}
	}

	private static SheetGrid load(Sheet sheet, String fileName) {
		try {
			return GridLoader.load(sheet);
		}
		catch (RuntimeException e) {
			throw new PackageReadException(fileName + " › " + sheet.getSheetName(), e);
		}
	}

}
