package org.juesuan.etl.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.juesuan.etl.template.Recognition;
import org.juesuan.etl.template.TableRecognizer;
import org.juesuan.etl.template.TemplateSet;

/** Opens one workbook once, read-only, and reads every sheet that holds one of the tables. */
final class WorkbookReader {

	private static final int RECOGNITION_ROWS = 15;

	private final TableRecognizer recognizer;
	private final TableParser parser;

	WorkbookReader(TemplateSet templates) {
		this.recognizer = new TableRecognizer(templates);
		this.parser = new TableParser(templates.vocabulary());
	}

	List<ParsedTable> read(Path path, String fileName, String department, List<ReadFinding> findings) throws IOException {
		List<ParsedTable> tables = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(path.toFile(), null, true)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				Sheet sheet = workbook.getSheetAt(i);
				if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
					findings.add(ReadFinding.file("ingest.sheet-hidden", "INFO", null, "隐藏的工作表“" + sheet.getSheetName() + "”未读取",
							fileName + " › " + sheet.getSheetName()));
					continue;
				}
				readSheet(GridLoader.load(sheet), fileName, department, findings).ifPresent(tables::add);
			}
		}
		return tables;
	}

	private Optional<ParsedTable> readSheet(SheetGrid grid, String fileName, String department, List<ReadFinding> findings) {
		int first = grid.firstNonBlankRow();
		List<List<String>> top = new ArrayList<>();
		for (int r = first; r < Math.min(first + RECOGNITION_ROWS, grid.height()); r++) {
			top.add(grid.rowTexts(r));
		}
		Optional<Recognition> recognition = recognizer.recognize(grid.name(), top, department)
				.map(x -> x.titleRow() < 0 ? x : new Recognition(x.template(), x.titleRow() + first, x.evidence()));
		if (recognition.isEmpty()) {
			if (top.stream().anyMatch(r -> !r.isEmpty())) {
				findings.add(ReadFinding.file("ingest.sheet-ignored", "INFO", null,
						"工作表“" + grid.name() + "”不是 13 张附表之一（如封面、目录），已忽略", fileName + " › " + grid.name()));
			}
			return Optional.empty();
		}
		return parser.parse(grid, recognition.get(), fileName, findings);
	}
}
