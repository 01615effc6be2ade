package org.juesuan.etl.narrative.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.juesuan.etl.ingest.IngestProperties;
import org.juesuan.etl.ingest.NarrativeFileCheck;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Fingerprint;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.narrative.NarrativeReader;
import org.juesuan.etl.narrative.NarrativeResult;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.NarrativeCounts;
import org.juesuan.etl.template.TemplateSet;
import org.juesuan.etl.template.TemplateSets;
import org.springframework.stereotype.Component;

/**
 * Reads a department's 编制说明 (.txt, .docx or .pdf in its package folder) and checks it against the stored tables
 * of that year (and the previous year, when loaded). A package without a narrative gets a finding saying so.
 */
@Component
public class NarrativeAuditor {

	private static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".pdf");

	private final FigureReader figures;
	private final TemplateSets templates;
	private final IngestProperties limits;
	private final Map<String, NarrativeReader> readers = new HashMap<>();
	private final Map<String, NarrativeChecker> checkers = new HashMap<>();

	NarrativeAuditor(FigureReader figures, NarrativeProperties properties, TemplateSets templates, IngestProperties limits) {
		this.figures = figures;
		this.templates = templates;
		this.limits = limits;
		Path local = Path.of(properties.dir());
		for (TemplateSet set : templates.sets()) {
			readers.put(set.name(), new NarrativeReader(NarrativeFiles.vocabulary(local, set.name()), set.narrativePart()));
			checkers.put(set.name(), new NarrativeChecker(NarrativeMappingLoader.load(local, set.name()), templates::canonicalTitle));
		}
	}

	public NarrativeCheck check(DepartmentYear target, Path packageFolder, Path inputRoot) {
		Optional<Path> file = narrativeFile(packageFolder);
		if (file.isEmpty()) {
			return missing(target);
		}
		String name = inputRoot.relativize(file.get()).toString().replace('\\', '/');
		Optional<String> refused = NarrativeFileCheck.problem(file.get(), limits);
		if (refused.isPresent()) {
			return unreadable(target, name, refused.get());
		}
		FigureIndex current = figures.index(target);
		String set = current.set() != null && readers.containsKey(current.set()) ? current.set() : templates.preferred().name();
		NarrativeResult narrative;
		try {
			narrative = readers.get(set).read(file.get(), target.department());
		} catch (RuntimeException e) {
			return unreadable(target, name, "无法读取：" + e.getMessage());
		}
		if (narrative.paragraphs().stream().allMatch(String::isBlank)) {
			return unreadable(target, name, "没有可读出的文字（如扫描件或空文档）");
		}
		FigureIndex previous = figures.find(target.department(), target.year() - 1).map(dy -> figures.index(dy)).orElse(null);
		return checkers.get(set).check(narrative, name, current, previous);
	}

	static Optional<Path> narrativeFile(Path folder) {
		try (var files = Files.walk(folder)) {
			return files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).filter(p -> EXTENSIONS.stream().anyMatch(e -> p.toString().toLowerCase(Locale.ROOT).endsWith(e)))
					.min(Comparator.comparing((Path p) -> !p.getFileName().toString().contains("说明")).thenComparing(Path::toString));
		} catch (java.io.IOException e) {
			return Optional.empty();
		}
	}

	private static NarrativeCheck unreadable(DepartmentYear target, String name, String why) {
		return problem(target, "N.unreadable-narrative", Severity.ERROR, "file", "编制说明 " + name + " " + why, name);
	}

	private NarrativeCheck missing(DepartmentYear target) {
		return problem(target, "N.no-narrative", Severity.WARNING, "completeness", "部门包中没有编制说明（.txt/.docx/.pdf），无法核对文字中的数字",
				target.year() + "/" + target.department());
	}

	private static NarrativeCheck problem(DepartmentYear target, String rule, Severity severity, String kind, String message,
			String location) {
		Finding finding = new Finding(rule, severity, kind, null, null, null, message, null, null, null, location, null,
				Fingerprint.of(rule, target.department(), String.valueOf(target.year())));
		return new NarrativeCheck(List.of(), List.of(finding), new NarrativeCounts(location, null, 0, 0, 0, 0, 0, 0, 0));
	}
}
