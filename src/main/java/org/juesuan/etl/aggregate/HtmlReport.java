package org.juesuan.etl.aggregate;

import static org.juesuan.etl.aggregate.Html.esc;
import static org.juesuan.etl.aggregate.Html.wan;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.store.FindingQuery;
import org.juesuan.etl.store.FindingRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code report-<year>.html}: one self-contained page (charts embedded as data URIs, a
 * few lines of inline script) for a finance officer: the district's totals (beside last
 * year's when loaded), the structure charts, a sortable table of departments with their
 * finding counts, and one section per department with its findings and narrative
 * coverage. Every text from the store is escaped.
 */
@Component
class HtmlReport {

	private static final String STYLE = """
			body{font-family:"WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:24px;color:#222}
			table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #bbb;padding:3px 8px;font-size:13px}
			th{background:#eef;cursor:pointer}td.n{text-align:right}.ERROR{color:#b00}.WARNING{color:#a60}
			img{display:block;margin:12px 0;max-width:100%}section{border-top:2px solid #99c;margin-top:24px}""";

	private static final String SORT = """
			<script>document.querySelectorAll('table.sortable th').forEach(function(th,i){th.onclick=function(){
			var b=th.closest('table').tBodies[0],r=Array.from(b.rows),d=th.dataset.d=th.dataset.d==='1'?'-1':'1';
			r.sort(function(x,y){var a=x.cells[i].dataset.v||x.cells[i].textContent,c=y.cells[i].dataset.v||y.cells[i].textContent;
			var p=parseFloat(a),q=parseFloat(c);return (isNaN(p)||isNaN(q)?a.localeCompare(c,'zh'):p-q)*d;});
			r.forEach(function(e){b.appendChild(e);});};});</script>""";

	/**
	 * Departments whose findings and narrative reports are read at a time: a report of
	 * any number of departments holds one page of them, never the year's.
	 */
	static final int PAGE = 200;

	/** The file the sections wait in, beside the report, until the table is written. */
	static final String SECTIONS_PREFIX = ".sections-";

	private final DistrictQuery query;

	private final FindingQuery findings;

	private final AggregateProperties properties;

	private final int page;

	@Autowired
	HtmlReport(DistrictQuery query, FindingQuery findings, AggregateProperties properties) {
		this(query, findings, properties, PAGE);
	}

	/** With another page of departments (tests: many pages of a few departments). */
	HtmlReport(DistrictQuery query, FindingQuery findings, AggregateProperties properties, int page) {
		this.query = query;
		this.findings = findings;
		this.properties = properties;
		this.page = page;
	}

	/**
	 * Writes the report of the scope's departments ({@code totals}: what was gathered of
	 * them as a whole); their findings are those of {@code loaded} (the department-years
	 * loaded in the scope). The departments are read again one at a time: each row of the
	 * table is written as it comes, and the sections, a page of departments at a time,
	 * into a file beside the report that follows the table at the end.
	 */
	void write(Path file, Scope scope, DepartmentTotals totals, List<DepartmentYear> loaded) throws IOException {
		Map<Integer, ConsolidatedTable> now = tables(scope.year(), scope.group());
		Map<Integer, ConsolidatedTable> before = tables(scope.year() - 1, scope.group());
		StringBuilder html = new StringBuilder(
				"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
		String title = properties.district() + " " + scope.year() + " 年度部门决算汇总"
				+ (scope.wholeDistrict() ? "" : "（" + scope.group() + "）");
		html.append(esc(title))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body><h1>")
			.append(esc(title))
			.append("</h1>");
		totals(html, now, before, totals);
		html.append("<h2>结构</h2>");
		ReportCharts.charts(now, before, totals.chart())
			.forEach(src -> html.append("<img alt=\"chart\" src=\"").append(src).append("\">"));
		Map<String, Long> ids = new HashMap<>();
		loaded.forEach(d -> ids.put(d.department(), d.departmentId()));
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		removeLeftSections(folder);
		Path sectionsFile = Files.createTempFile(folder, SECTIONS_PREFIX, ".html");
		try {
			try (Writer out = Files.newBufferedWriter(file)) {
				try (Writer sectionsOut = Files.newBufferedWriter(sectionsFile)) {
					Sections sections = new Sections(scope, ids, sectionsOut);
					DepartmentSections.tableStart(html);
					int[] index = { 0 };
					query.departments(scope, line -> {
						try {
							DepartmentSections.tableRow(html, index[0]++, line, out);
							sections.add(line);
						}
						catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					});
					sections.finish();
				}
				catch (UncheckedIOException e) {
					throw e.getCause();
				}
				DepartmentSections.tableEnd(html);
				out.write(html.toString());
				try (Reader sectionsIn = Files.newBufferedReader(sectionsFile)) {
					sectionsIn.transferTo(out);
				}
				out.write(SORT);
				out.write("</body></html>");
			}
		}
		finally {
			Files.deleteIfExists(sectionsFile);
		}
	}

	/**
	 * Sections files a killed run left behind (one run writes at a time: the store's
	 * lock).
	 */
	private static void removeLeftSections(Path folder) throws IOException {
		try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, SECTIONS_PREFIX + "*.html")) {
			for (Path file : left) {
				Files.deleteIfExists(file);
			}
		}
	}

	/**
	 * The departments' sections, written a page of departments at a time (their findings
	 * and narrative reports read for the page).
	 */
	private final class Sections {

		private final Scope scope;

		private final Map<String, Long> ids;

		private final Writer out;

		private final StringBuilder html = new StringBuilder();

		private final List<DepartmentLine> lines = new ArrayList<>();

		private int first;

		Sections(Scope scope, Map<String, Long> ids, Writer out) {
			this.scope = scope;
			this.ids = ids;
			this.out = out;
		}

		void add(DepartmentLine line) throws IOException {
			lines.add(line);
			if (lines.size() == page) {
				writePage();
			}
		}

		void finish() throws IOException {
			writePage();
			out.write(html.toString());
		}

		private void writePage() throws IOException {
			if (lines.isEmpty()) {
				return;
			}
			List<String> names = lines.stream().map(DepartmentLine::department).toList();
			Map<String, List<FindingRow>> byDepartment = findings.byDepartment(scope.year(),
					names.stream().map(ids::get).filter(Objects::nonNull).toList());
			Map<String, List<Map<String, Object>>> narratives = query.narratives(scope.year(), names)
				.stream()
				.collect(Collectors.groupingBy(n -> (String) n.get("department")));
			DepartmentSections.sections(html, first, lines, byDepartment, narratives, out);
			first += lines.size();
			lines.clear();
		}

	}

	private Map<Integer, ConsolidatedTable> tables(int year, String group) {
		return query.consolidated(year, group)
			.stream()
			.collect(Collectors.groupingBy(ConsolidatedFigure::tableNo,
					Collectors.collectingAndThen(Collectors.toList(), ConsolidatedTable::new)));
	}

	private static void totals(StringBuilder html, Map<Integer, ConsolidatedTable> now,
			Map<Integer, ConsolidatedTable> before, DepartmentTotals departments) {
		html.append("<p>")
			.append(departments.count())
			.append(" 个部门；错误 ")
			.append(departments.errors())
			.append(" 条，警告 ")
			.append(departments.warnings())
			.append(" 条。金额单位：万元。</p>");
		html.append("<h2>全区合计</h2><table><tr><th>指标</th><th>本年</th>")
			.append(before.isEmpty() ? "" : "<th>上年</th><th>增减%</th>")
			.append("</tr>");
		for (String name : ReportCharts.TOTALS.keySet()) {
			BigDecimal value = ReportCharts.total(now, name);
			html.append("<tr><td>")
				.append(esc(name))
				.append("</td><td class=\"n\">")
				.append(wan(value))
				.append("</td>");
			if (!before.isEmpty()) {
				BigDecimal last = ReportCharts.total(before, name);
				html.append("<td class=\"n\">")
					.append(wan(last))
					.append("</td><td class=\"n\">")
					.append(change(value, last))
					.append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</table>");
	}

	private static String change(BigDecimal value, BigDecimal last) {
		if (value == null || last == null || last.signum() == 0) {
			return "—";
		}
		return value.subtract(last)
			.multiply(BigDecimal.valueOf(100))
			.divide(last, 2, RoundingMode.HALF_UP)
			.toPlainString();
	}

}
