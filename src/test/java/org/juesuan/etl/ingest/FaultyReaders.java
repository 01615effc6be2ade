package org.juesuan.etl.ingest;

import java.util.List;
import java.util.Optional;

import org.juesuan.etl.ingest.WorkbookReader.LoadedSheet;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.template.Recognition;
import org.juesuan.etl.template.SheetTop;
import org.juesuan.etl.template.TemplateSet;
import org.juesuan.etl.template.TemplateSets;

/**
 * Package readers with a parser fault planted: reading a recognised table of a file whose
 * name holds the given text throws, as a parser bug would. What the rest of the job makes
 * of one department's internal error is then testable.
 */
public final class FaultyReaders {

	/** The planted fault's message. */
	public static final String FAULT = "planted parser fault";

	private FaultyReaders() {
	}

	public static PackageReader failingOn(TemplateSets templates, IngestProperties limits, String fileNamePart) {
		return new PackageReader(templates, limits, new SheetInterpreter() {
			@Override
			Optional<ParsedTable> read(LoadedSheet sheet, SheetTop top, Optional<Recognition> recognition,
					TemplateSet set, List<Finding> findings) {
				if (recognition.isPresent() && sheet.fileName().contains(fileNamePart)) {
					throw new IllegalStateException(FAULT);
				}
				return super.read(sheet, top, recognition, set, findings);
			}
		});
	}

}
