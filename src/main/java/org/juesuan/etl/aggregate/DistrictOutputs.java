package org.juesuan.etl.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.FindingQuery;
import org.juesuan.etl.template.TemplateSet;
import org.juesuan.etl.template.TemplateSets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the district outputs of a year (and group) into a folder:
 * {@code district-<year>.xlsx} (the consolidated tables in the district's template set),
 * {@code departments-<year>.xlsx/.csv}, {@code findings-<year>.xlsx/.csv} and
 * {@code report-<year>.html}.
 */
@Component
public class DistrictOutputs {

	/**
	 * The set the district files its consolidated tables in when
	 * {@code juesuan.templates.set} is {@code auto}.
	 */
	static final String DEFAULT_SET = "sichuan-2024";

	private static final Logger log = LoggerFactory.getLogger(DistrictOutputs.class);

	private final DistrictQuery query;

	private final FigureReader stored;

	private final FindingQuery findings;

	private final FindingsReportWriter findingsWriter;

	private final TemplateSets templates;

	private final AggregateProperties properties;

	private final HtmlReport html;

	DistrictOutputs(DistrictQuery query, FigureReader stored, FindingQuery findings,
			FindingsReportWriter findingsWriter, TemplateSets templates, AggregateProperties properties,
			HtmlReport html) {
		this.query = query;
		this.stored = stored;
		this.findings = findings;
		this.findingsWriter = findingsWriter;
		this.templates = templates;
		this.properties = properties;
		this.html = html;
	}

	/** Every year with a loaded department. */
	public List<Integer> years() {
		return query.years();
	}

	public Scope scope(int year, String group) {
		return Scope.of(year, group, properties);
	}

	/**
	 * Writes the outputs of {@code scope} into {@code folder}; returns the files written.
	 */
	public List<Path> write(Path folder, Scope scope) throws IOException {
		Path district = folder.resolve(scope.stem("district") + ".xlsx");
		DistrictWorkbook.write(district, districtSet(), properties.district(),
				query.consolidated(scope.year(), scope.group()));
		Path departmentsXlsx = folder.resolve(scope.stem("departments") + ".xlsx");
		Path report = folder.resolve(scope.stem("report") + ".html");
		List<DepartmentYear> loaded = scope(scope);
		DepartmentTotals totals = new DepartmentTotals();
		try (TabularWriter.Rows rows = TabularWriter.Rows.open(folder.resolve(scope.stem("departments") + ".csv"),
				departmentsXlsx, "departments", DepartmentLine.headers());
				HtmlReport.Report page = html.open(report, scope, loaded)) {
			query.departments(scope, line -> {
				totals.add(line);
				rows.add(line.row());
				page.add(line);
			});
			rows.complete();
			page.finish(totals);
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		try (FindingsReport findingsReport = findingsWriter.open(folder, scope.stem("findings"))) {
			findings.forEach(loaded, findingsReport::add);
		}
		log.info("区汇总输出 {} {}: {}", scope.year(), scope.group(), folder);
		return List.of(district, departmentsXlsx, folder.resolve(scope.stem("departments") + ".csv"),
				folder.resolve(scope.stem("findings") + ".xlsx"), folder.resolve(scope.stem("findings") + ".csv"),
				report);
	}

	private List<DepartmentYear> scope(Scope scope) {
		return stored.loaded(scope.year(), null).stream().filter(d -> scope.includes(d.department())).toList();
	}

	TemplateSet districtSet() {
		return templates.fixed() ? templates.preferred() : templates.set(DEFAULT_SET).orElse(templates.preferred());
	}

}
