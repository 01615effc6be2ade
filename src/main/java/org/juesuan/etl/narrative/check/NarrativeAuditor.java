package org.juesuan.etl.narrative.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Fingerprint;
import org.juesuan.etl.model.NarrativeFile;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.narrative.NarrativeReader;
import org.juesuan.etl.narrative.NarrativeResult;
import org.juesuan.etl.narrative.NarrativeText;
import org.juesuan.etl.narrative.SubjectVocabulary;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.NarrativeCounts;
import org.juesuan.etl.template.TemplateSet;
import org.juesuan.etl.template.TemplateSets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads a department's 编制说明, the file ingest chose and recorded with its hash, and checks
 * it against the stored tables of that year (and the previous year, when loaded). A
 * package without a narrative gets a finding saying so; one whose narrative cannot be
 * read, was changed since ingest, or cannot be decoded gets a finding naming the file.
 * Any other exception is thrown: it is a fault of the checking, not of the narrative.
 */
@Component
public class NarrativeAuditor {

	private static final Logger log = LoggerFactory.getLogger(NarrativeAuditor.class);

	private final FigureReader figures;

	private final TemplateSets templates;

	private final Map<String, NarrativeReader> readers = new HashMap<>();

	private final Map<String, NarrativeChecker> checkers = new HashMap<>();

	NarrativeAuditor(FigureReader figures, NarrativeProperties properties, TemplateSets templates) {
		this.figures = figures;
		this.templates = templates;
		Path local = Path.of(properties.dir());
		for (TemplateSet set : templates.sets()) {
			readers.put(set.name(),
					new NarrativeReader(NarrativeFiles.vocabulary(local, set.name()), set.narrativePart()));
			checkers.put(set.name(),
					new NarrativeChecker(NarrativeMappingLoader.load(local, set.name()), templates::canonicalTitle));
		}
	}

	/**
	 * Checks the narrative ingest recorded, as read back; a narrative that cannot be
	 * checked is a finding saying why.
	 */
	public NarrativeCheck check(DepartmentYear target, NarrativeFile file) {
		return check(target, file, () -> figures.index(target), () -> figures.previousIndex(target));
	}

	/**
	 * The same check against figures the caller loaded (so that the audit can share
	 * them).
	 * @param current the department-year's figures
	 * @param previous the same department's previous year, or null when none is loaded
	 */
	public NarrativeCheck check(DepartmentYear target, NarrativeFile file, FigureIndex current, FigureIndex previous) {
		return check(target, file, () -> current, () -> previous);
	}

	/**
	 * The figures are asked for only when there is text to check them against.
	 */
	private NarrativeCheck check(DepartmentYear target, NarrativeFile file, Supplier<FigureIndex> current,
			Supplier<FigureIndex> previous) {
		if (file instanceof NarrativeFile.Read read) {
			return check(target, read.name(), read.bytes(), current, previous);
		}
		if (file instanceof NarrativeFile.Refused refused) {
			return unreadable(target, refused.name(), refused.why());
		}
		if (file instanceof NarrativeFile.Failed failed) {
			return problem(target, "N.narrative-read-error", Severity.ERROR, "file",
					"编制说明 " + failed.name() + " 读取失败（I/O 错误）：" + failed.error(), failed.name());
		}
		if (file instanceof NarrativeFile.Changed changed) {
			return changed(target, changed.name(), changed.recordedSha256(), changed.currentSha256());
		}
		return missing(target);
	}

	/** Checks the bytes read, which are those ingest recorded. */
	private NarrativeCheck check(DepartmentYear target, String name, byte[] bytes, Supplier<FigureIndex> loadCurrent,
			Supplier<FigureIndex> loadPrevious) {
		List<String> paragraphs;
		try {
			paragraphs = NarrativeText.paragraphs(name, bytes);
		}
		catch (IOException refused) {
			log.info("{}: the narrative {} cannot be parsed", target, name, refused);
			return unreadable(target, name, "无法读取：" + refused.getMessage());
		}
		if (paragraphs.stream().allMatch(String::isBlank)) {
			return unreadable(target, name, "没有可读出的文字（如扫描件或空文档）");
		}
		FigureIndex current = loadCurrent.get();
		String set = current.set() != null && readers.containsKey(current.set()) ? current.set()
				: templates.preferred().name();
		NarrativeResult narrative = readers.get(set).read(paragraphs, target.department());
		FigureIndex previous = loadPrevious.get();
		return checkers.get(set).check(narrative, name, current, previous);
	}

	private static NarrativeCheck unreadable(DepartmentYear target, String name, String why) {
		return problem(target, "N.unreadable-narrative", Severity.ERROR, "file", "编制说明 " + name + " " + why, name);
	}

	private static NarrativeCheck changed(DepartmentYear target, String name, String recorded, String now) {
		return problem(target, "N.narrative-changed", Severity.ERROR, "file", "编制说明 " + name + " 在导入后已改变（导入时 SHA-256 "
				+ recorded.substring(0, 12) + "…，现在 " + now.substring(0, 12) + "…），未核对；请重新导入该部门", name);
	}

	private NarrativeCheck missing(DepartmentYear target) {
		return problem(target, "N.no-narrative", Severity.WARNING, "completeness",
				"部门包中没有编制说明（.txt/.docx/.pdf），无法核对文字中的数字", target.year() + "/" + target.department());
	}

	private static NarrativeCheck problem(DepartmentYear target, String rule, Severity severity, String kind,
			String message, String location) {
		Finding finding = new Finding(rule, severity, kind, null, null, null, message, null, null, null, location, null,
				Fingerprint.of(rule, target.department(), String.valueOf(target.year())));
		return new NarrativeCheck(List.of(), List.of(finding),
				new NarrativeCounts(location, null, 0, 0, 0, 0, 0, 0, 0));
	}

}
