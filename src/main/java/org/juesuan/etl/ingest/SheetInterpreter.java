package org.juesuan.etl.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.juesuan.etl.ingest.WorkbookReader.LoadedSheet;
import org.juesuan.etl.template.Recognition;
import org.juesuan.etl.template.SheetTop;
import org.juesuan.etl.template.TableRecognizer;
import org.juesuan.etl.template.TemplateSet;

/** Reads a loaded sheet with a given template set: recognises which of the set's tables it holds, then parses it. */
final class SheetInterpreter {

	private final Map<String, TableRecognizer> recognizers = new ConcurrentHashMap<>();
	private final Map<String, TableParser> parsers = new ConcurrentHashMap<>();

	Optional<ParsedTable> read(LoadedSheet sheet, TemplateSet set, String department, List<ReadFinding> findings) {
		SheetTop top = sheet.top();
		int first = sheet.grid().firstNonBlankRow();
		Optional<Recognition> recognition = recognizers.computeIfAbsent(set.name(), n -> new TableRecognizer(set))
				.recognize(top.sheetName(), top.rows(), department)
				.map(x -> x.titleRow() < 0 ? x : new Recognition(x.template(), x.titleRow() + first, x.evidence(), x.score()));
		String name = sheet.grid().name();
		if (recognition.isEmpty()) {
			if (top.rows().stream().anyMatch(r -> !r.isEmpty())) {
				findings.add(ReadFinding.file("ingest.sheet-ignored", "INFO", null, "工作表“" + name + "”不是" + set.description()
						+ "之一（如封面、目录），已忽略", sheet.fileName() + " › " + name));
			}
			return Optional.empty();
		}
		TableParser parser = parsers.computeIfAbsent(set.name(), n -> new TableParser(set.vocabulary()));
		return parser.parse(sheet.grid(), recognition.get(), sheet.fileName(), findings);
	}
}
