package org.juesuan.etl.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.SheetTop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Opens one workbook once, read-only, and loads every visible sheet's grid; recognition
 * comes later. An .xlsx/.xlsm is streamed ({@link XlsxGridReader}), its sheets' rows
 * counted against the cap as they pass; one the stream cannot reproduce exactly (a
 * formula saved without its result …) or cannot read is read the way an .xls is, by POI's
 * usermodel after {@link WorkbookGuard}'s checks, so what users see does not depend on
 * the path taken. A workbook POI cannot open (corrupt, encrypted, not a workbook) is an
 * {@link IOException}; a failure loading a sheet of a workbook that opened is a
 * {@link PackageReadException} naming file and sheet.
 */
final class WorkbookReader {

	private static final Logger log = LoggerFactory.getLogger(WorkbookReader.class);

	private static final int RECOGNITION_ROWS = 15;

	private final WorkbookGuard guard;

	WorkbookReader(WorkbookGuard guard) {
		this.guard = guard;
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

	/**
	 * The visible sheets; hidden ones become findings.
	 * @throws RefusedFileException the workbook is over a limit
	 * @throws IOException the workbook cannot be opened
	 */
	List<LoadedSheet> read(Path path, String fileName, List<Finding> findings) throws IOException {
		guard.checkSize(path);
		if (WorkbookGuard.isOoxml(path)) {
			List<Finding> hidden = new ArrayList<>();
			Set<String> counted = new HashSet<>();
			List<LoadedSheet> sheets = streamed(path, fileName, hidden, counted);
			if (sheets != null) {
				guard.checkSheets(path, counted);
				findings.addAll(hidden);
				return sheets;
			}
			guard.checkSheets(path, Set.of());
		}
		return usermodel(path, fileName, findings);
	}

	/** The streamed sheets, or null when the usermodel has to read the workbook. */
	private List<LoadedSheet> streamed(Path path, String fileName, List<Finding> hidden, Set<String> counted)
			throws IOException {
		try {
			return XlsxGridReader.read(path, fileName, hidden, guard, counted);
		}
		catch (RowCap.Exceeded e) {
			guard.checkSheets(path, Set.of()); // names the first over the cap, as before
			throw guard.overCap(e.part());
		}
		catch (XlsxUnsupported e) {
			log.debug("{}: read with POI's usermodel: {}", fileName, e.getMessage());
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
			log.debug("{}: cannot be streamed, POI's usermodel reports why", fileName, e);
		}
		return null;
	}

	static Finding hiddenSheet(String fileName, String sheet) {
		return Finding.file("ingest.sheet-hidden", Severity.INFO, null, "隐藏的工作表“" + sheet + "”未读取",
				fileName + " › " + sheet);
	}

	/**
	 * The workbook as POI's usermodel reads it: the path for .xls, and the streaming
	 * reader's oracle.
	 */
	static List<LoadedSheet> usermodel(Path path, String fileName, List<Finding> findings) throws IOException {
		List<LoadedSheet> sheets = new ArrayList<>();
		try (Workbook workbook = open(path)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				Sheet sheet = workbook.getSheetAt(i);
				if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
					findings.add(hiddenSheet(fileName, sheet.getSheetName()));
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
