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

	/**
	 * The files the table's rows and the sections wait in, beside the report, until the
	 * report's head is written.
	 */
	static final String PART_PREFIX = ".report-part-";

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
	 * Writes the report of the scope's departments, reading them once; their findings are
	 * those of {@code loaded} (the department-years loaded in the scope).
	 */
	void write(Path file, Scope scope, List<DepartmentYear> loaded) throws IOException {
		try (Report report = open(file, scope, loaded)) {
			DepartmentTotals totals = new DepartmentTotals();
			query.departments(scope, line -> {
				totals.add(line);
				report.add(line);
			});
			report.finish(totals);
		}
	}

	/**
	 * A report to be given the scope's departments one at a time ({@link Report#add}),
	 * then what was gathered of them as a whole ({@link Report#finish}); their findings
	 * are those of {@code loaded}. Each department's table row and, a page of departments
	 * at a time, its section are written as they come into two files beside the report;
	 * {@code finish} writes the report: its head, totals and charts, then the two files.
	 */
	Report open(Path file, Scope scope, List<DepartmentYear> loaded) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		removeLeftParts(folder);
		return new Report(file, scope, loaded, folder);
	}

	/**
	 * Parts files a killed run left behind (one run writes at a time: the store's lock).
	 */
	private static void removeLeftParts(Path folder) throws IOException {
		try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, PART_PREFIX + "*.html")) {
			for (Path file : left) {
				Files.deleteIfExists(file);
			}
		}
	}

	/**
	 * A report being written: see {@link HtmlReport#open}. Closing it removes its parts.
	 */
	final class Report implements AutoCloseable {

		private final Path file;

		private final Scope scope;

		private final Map<String, Long> ids = new HashMap<>();

		private final Path tableFile;

		private final Path sectionsFile;

		private final Writer tableOut;

		private final Writer sectionsOut;

		private final StringBuilder table = new StringBuilder();

		private final StringBuilder sections = new StringBuilder();

		private final List<DepartmentLine> lines = new ArrayList<>();

		private int rows;

		private int first;

		private Report(Path file, Scope scope, List<DepartmentYear> loaded, Path folder) throws IOException {
			this.file = file;
			this.scope = scope;
			loaded.forEach(d -> ids.put(d.department(), d.departmentId()));
			tableFile = Files.createTempFile(folder, PART_PREFIX, ".html");
			sectionsFile = Files.createTempFile(folder, PART_PREFIX, ".html");
			tableOut = Files.newBufferedWriter(tableFile);
			sectionsOut = Files.newBufferedWriter(sectionsFile);
		}

		/** The next department, in the table's order. */
		void add(DepartmentLine line) {
			try {
				DepartmentSections.tableRow(table, rows++, line, tableOut);
				lines.add(line);
				if (lines.size() == page) {
					writePage();
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** Writes the report, once every department was added. */
		void finish(DepartmentTotals totals) throws IOException {
			writePage();
			tableOut.write(table.toString());
			sectionsOut.write(sections.toString());
			tableOut.close();
			sectionsOut.close();
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
			HtmlReport.totals(html, now, before, totals);
			html.append("<h2>结构</h2>");
			ReportCharts.charts(now, before, totals.chart())
				.forEach(src -> html.append("<img alt=\"chart\" src=\"").append(src).append("\">"));
			DepartmentSections.tableStart(html);
			try (Writer out = Files.newBufferedWriter(file)) {
				out.write(html.toString());
				try (Reader in = Files.newBufferedReader(tableFile)) {
					in.transferTo(out);
				}
				html.setLength(0);
				DepartmentSections.tableEnd(html);
				out.write(html.toString());
				try (Reader in = Files.newBufferedReader(sectionsFile)) {
					in.transferTo(out);
				}
				out.write(SORT);
				out.write("</body></html>");
			}
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
			DepartmentSections.sections(sections, first, lines, byDepartment, narratives, sectionsOut);
			first += lines.size();
			lines.clear();
		}

		@Override
		public void close() throws IOException {
			try (Writer t = tableOut; Writer s = sectionsOut) {
				// closed (again, after finish: harmless)
			}
			finally {
				Files.deleteIfExists(tableFile);
				Files.deleteIfExists(sectionsFile);
			}
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
