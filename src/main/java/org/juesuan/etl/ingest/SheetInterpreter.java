package org.juesuan.etl.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.juesuan.etl.ingest.WorkbookReader.LoadedSheet;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.Recognition;
import org.juesuan.etl.template.SheetTop;
import org.juesuan.etl.template.TemplateSet;

/**
 * Reads a loaded sheet with its template set, as the set's detection recognised it:
 * parses it, or notes it ignored. Not final: {@link PackageReader} takes one, so a test
 * can plant a parser fault on one sheet.
 */
class SheetInterpreter {

	private final Map<String, TableParser> parsers = new ConcurrentHashMap<>();

	/**
	 * @param top the sheet's top rows, as recognition saw them
	 * @param recognition what the set recognised the sheet as (rows counted from its
	 * first non-blank row), or empty
	 */
	Optional<ParsedTable> read(LoadedSheet sheet, SheetTop top, Optional<Recognition> recognition, TemplateSet set,
			List<Finding> findings) {
		String name = sheet.grid().name();
		if (recognition.isEmpty()) {
			if (top.rows().stream().anyMatch(r -> !r.isEmpty())) {
				findings.add(Finding.file("ingest.sheet-ignored", Severity.INFO, null,
						"工作表“" + name + "”不是" + set.description() + "之一（如封面、目录），已忽略", sheet.fileName() + " › " + name));
			}
			return Optional.empty();
		}
		int first = sheet.grid().firstNonBlankRow();
		Recognition r = recognition.get();
		Recognition onSheet = r.titleRow() < 0 ? r
				: new Recognition(r.template(), r.titleRow() + first, r.evidence(), r.score());
		TableParser parser = parsers.computeIfAbsent(set.name(), n -> new TableParser(set.vocabulary()));
		return parser.parse(sheet.grid(), onSheet, sheet.fileName(), findings);
	}

}
