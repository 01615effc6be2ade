package org.juesuan.etl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.juesuan.etl.ingest.WorkbookReader.LoadedSheet;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.LoadedFile;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.SetChoice;
import org.juesuan.etl.template.SetDetector;
import org.juesuan.etl.template.SheetTop;
import org.juesuan.etl.template.TemplateSets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads a whole package: hashes every file, chooses its narrative
 * ({@link NarrativeChoice}), opens each workbook once, decides the package's template set
 * from its sheets, reads every table with that set, and checks the result as a package
 * (duplicate or missing tables, department and year stated in the tables). A file that
 * cannot be read, or a workbook POI cannot open, rejects the package, so a department is
 * never half-replaced. Anything else that fails is not the input's fault: it is thrown,
 * as a {@link PackageReadException} naming file and sheet when known.
 */
@Component
public class PackageReader {

	private static final Logger log = LoggerFactory.getLogger(PackageReader.class);

	private final SetDetector detector;

	private final SheetInterpreter interpreter;

	private final WorkbookReader workbooks;

	/** A reader with the default limits ({@link IngestProperties#DEFAULT}). */
	public PackageReader(TemplateSets templates) {
		this(templates, IngestProperties.DEFAULT);
	}

	@Autowired
	public PackageReader(TemplateSets templates, IngestProperties limits) {
		this(templates, limits, new SheetInterpreter());
	}

	PackageReader(TemplateSets templates, IngestProperties limits, SheetInterpreter interpreter) {
		this.detector = new SetDetector(templates);
		this.workbooks = new WorkbookReader(new WorkbookGuard(limits));
		this.interpreter = interpreter;
	}

	public ParsedPackage read(PackageRef ref) {
		List<LoadedFile> files = new ArrayList<>();
		List<LoadedSheet> sheets = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		if (ref.refusal() != null) {
			return new ParsedPackage(ref, null, files, List.of(), findings, ref.refusal());
		}
		ref.refused()
			.forEach(why -> findings
				.add(Finding.file("ingest.file-refused", Severity.WARNING, null, why, ref.toString())));
		Path narrative = NarrativeChoice.of(ref.files()).orElse(null);
		for (Path path : ref.files()) {
			String name = ref.relative(path);
			try {
				files.add(new LoadedFile(name, FileHashes.sha256(path), Files.size(path), path.equals(narrative)));
			}
			catch (IOException e) {
				log.warn("{}: cannot read {}", ref, name, e);
				return new ParsedPackage(ref, null, files, List.of(), findings, "无法读取文件 " + name + "：" + describe(e));
			}
			if (isWorkbook(path)) {
				try {
					sheets.addAll(workbooks.read(path, name, findings));
				}
				catch (RefusedFileException e) {
					return new ParsedPackage(ref, null, files, List.of(), findings,
							"拒绝工作簿 " + name + "：" + e.getMessage());
				}
				catch (IOException e) {
					log.debug("cannot open {}", name, e);
					return new ParsedPackage(ref, null, files, List.of(), findings,
							"无法打开工作簿 " + name + "：" + describe(e));
				}
			}
		}
		return tables(ref, files, sheets, findings);
	}

	private ParsedPackage tables(PackageRef ref, List<LoadedFile> files, List<LoadedSheet> sheets,
			List<Finding> findings) {
		List<SheetTop> tops = sheets.stream().map(LoadedSheet::top).toList();
		SetChoice choice = detector.choose(tops, ref.department());
		List<ParsedTable> tables = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			LoadedSheet sheet = sheets.get(i);
			try {
				interpreter.read(sheet, tops.get(i), choice.recognitions().get(i), choice.set(), findings)
					.ifPresent(tables::add);
			}
			catch (RuntimeException e) {
				throw new PackageReadException(sheet.fileName() + " › " + sheet.grid().name(), e);
			}
		}
		if (tables.isEmpty()) {
			return new ParsedPackage(ref, null, files, List.of(), findings,
					"未在 " + ref.folder().getFileName() + " 的文件中识别出任何附表（.xlsx/.xls）");
		}
		List<ParsedTable> distinct = PackageChecks.check(ref, choice.set(), tables, findings);
		return new ParsedPackage(ref, choice, files, distinct, findings, null);
	}

	static boolean isWorkbook(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
	}

	private static String describe(Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}

}
