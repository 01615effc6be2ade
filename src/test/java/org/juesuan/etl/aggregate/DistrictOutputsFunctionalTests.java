package org.juesuan.etl.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.etl.generate.SampleDepartments;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.pipeline.ImportLauncher;
import org.juesuan.etl.pipeline.ImportParameters;
import org.juesuan.etl.store.EmptyStore;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.FindingQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The outputs of an import of the sample input plus a department whose folder name is a
 * formula and markup: every file under {@code output/<run>/} and {@code output/<year>/},
 * the name neutralised in CSV and XLSX and escaped in HTML, a group's own files, and the
 * report as headless Chromium renders it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.groups[教育系统][0]=攀枝花市东区教育和体育局",
		"spring.datasource.url=jdbc:h2:mem:district-outputs;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class DistrictOutputsFunctionalTests {

	static final String EVIL = "=HYPERLINK(\"x\",\"点击\")<b>局";

	@Autowired
	ImportLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DistrictQuery query;

	@Autowired
	FindingQuery findings;

	@Autowired
	AggregateProperties properties;

	@Autowired
	FigureReader stored;

	/**
	 * Not a {@code @TempDir}: with one instance per class the context, which binds
	 * {@code juesuan.output}, starts before JUnit makes static temporary folders.
	 */
	static final Path output = Path.of("target/test-output/district-outputs");

	@TempDir
	static Path input;

	ImportParameters run;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("juesuan.output", () -> output.toString());
	}

	@BeforeAll
	void importSampleAndAnEvilName() throws Exception {
		FileSystemUtils.deleteRecursively(output);
		EmptyStore.empty(jdbc);
		copy(Path.of("input"), input);
		copy(Path.of("input/2024").resolve(SampleDepartments.eGovCentre().department()),
				input.resolve("2024").resolve(EVIL));
		run = ImportParameters.of(input, null, null);
		assertThat(launcher.run(run)).isEqualTo(ImportLauncher.OK);
	}

	@Test
	void theRunAndTheYearGetEveryFileForTheDistrictAndEachGroup() {
		for (Path folder : new Path[] { output.resolve(run.runId()), output.resolve("2024") }) {
			for (String name : new String[] { "district-2024.xlsx", "departments-2024.xlsx", "departments-2024.csv",
					"findings-2024.xlsx", "findings-2024.csv", "report-2024.html", "district-2024-教育系统.xlsx",
					"report-2024-教育系统.html" }) {
				assertThat(folder.resolve(name)).as(name).isNotEmptyFile();
			}
		}
	}

	@Test
	void aDepartmentNamedLikeAFormulaStaysTextInCsvAndXlsx() throws Exception {
		Path year = output.resolve("2024");
		for (String csv : new String[] { "departments-2024.csv", "findings-2024.csv" }) {
			byte[] bytes = Files.readAllBytes(year.resolve(csv));
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(")
				.doesNotContain("\"=HYPERLINK(");
		}
		for (String xlsx : new String[] { "departments-2024.xlsx", "findings-2024.xlsx" }) {
			try (InputStream in = Files.newInputStream(year.resolve(xlsx)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
				var sheet = wb.getSheetAt(0);
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				boolean found = false;
				for (var row : sheet) {
					String first = row.getCell(0).getStringCellValue();
					assertThat(first).doesNotStartWith("=");
					found |= first.equals("'" + EVIL);
				}
				assertThat(found).as(xlsx).isTrue();
			}
		}
	}

	@Test
	void theReportEscapesNamesAndLinksEveryDepartmentToItsSection() throws Exception {
		String html = Files.readString(output.resolve("2024/report-2024.html"));

		assertThat(html).contains(Html.esc(EVIL)).doesNotContain("<b>局");
		for (int i = 1; i <= 5; i++) {
			assertThat(html).contains("href=\"#dept-" + i + "\"").contains("<section id=\"dept-" + i + "\"");
		}
		assertThat(html).doesNotContain("src=\"http").contains("src=\"data:image/png;base64,");
	}

	/**
	 * The sections are written a page of departments at a time, each page's findings and
	 * narrative reports read for it: every department's section holds exactly its stored
	 * findings, in report order, and its narrative report.
	 */
	@Test
	void everySectionHoldsItsDepartmentsFindingsAndNarrative() throws Exception {
		String html = Files.readString(output.resolve("2024/report-2024.html"));
		Matcher section = Pattern.compile("<section id=\"dept-\\d+\"><h3>(.*?)</h3>(.*?)</section>").matcher(html);
		int sections = 0;
		while (section.find()) {
			sections++;
			String department = section.group(1);
			List<String> stored = jdbc.queryForList("""
					SELECT f.rule_id FROM finding f JOIN department d ON d.id = f.department_id
					WHERE d.name = ? AND f.fiscal_year = 2024
					ORDER BY CASE f.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, f.table_nos,
					  f.rule_id, f.row_ref, f.id""", String.class, unescape(department));
			List<String> shown = new ArrayList<>();
			Matcher rule = Pattern.compile("<tr><td class=\"\\w+\">\\w+</td><td>(.*?)</td>").matcher(section.group(2));
			while (rule.find()) {
				shown.add(unescape(rule.group(1)));
			}
			assertThat(shown).as(department).isNotEmpty().isEqualTo(stored);
			assertThat(section.group(2)).as(department).contains("<p>编制说明 ");
		}
		assertThat(sections).isEqualTo(5);
	}

	/**
	 * Sections written two departments at a time (three pages, the last short) make the
	 * same report as one page of them, and the files the table and the sections wait in
	 * are gone, as is one a killed run left.
	 */
	@Test
	void aReportWrittenAFewDepartmentsAtATimeIsTheSameReport(@TempDir Path dir) throws Exception {
		Scope scope = Scope.of(2024, null, properties);
		List<DepartmentYear> loaded = stored.loaded(2024, null);
		Files.writeString(dir.resolve(HtmlReport.PART_PREFIX + "killed.html"), "<section>");

		new HtmlReport(query, findings, properties, 2).write(dir.resolve("paged.html"), scope, loaded);
		new HtmlReport(query, findings, properties, HtmlReport.PAGE).write(dir.resolve("whole.html"), scope, loaded);

		assertThat(Files.readString(dir.resolve("paged.html"))).isEqualTo(Files.readString(dir.resolve("whole.html")))
			.contains("<section id=\"dept-5\">")
			.contains("<p>5 个部门；")
			.endsWith("</body></html>");
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("paged.html",
					"whole.html");
		}
	}

	/** The report of the pipeline's run is the one written here from the same store. */
	@Test
	void theRunsReportIsTheReportOfTheStore(@TempDir Path dir) throws Exception {
		new HtmlReport(query, findings, properties).write(dir.resolve("report.html"), Scope.of(2024, null, properties),
				stored.loaded(2024, null));

		assertThat(Files.readString(dir.resolve("report.html")))
			.isEqualTo(Files.readString(output.resolve("2024/report-2024.html")));
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	@Test
	void chromiumRendersTheReportWithEveryImageAndSection(@TempDir Path profile) throws Exception {
		Path chromium = Chromium.require();
		Path report = output.resolve("2024/report-2024.html");
		Path screenshot = Path.of("target/report.png").toAbsolutePath();
		Files.deleteIfExists(screenshot);

		Chromium.run(chromium, profile, report, "--screenshot=" + screenshot);
		Path probe = profile.resolve("probe.html");
		Files.writeString(probe, Files.readString(report).replace("</body>", """
				<script>window.addEventListener('load',function(){document.querySelectorAll('img').forEach(function(i){
				i.setAttribute('data-natural',i.naturalWidth+'x'+i.naturalHeight);});});</script></body>"""));
		String dom = Chromium.run(chromium, profile, probe, "--dump-dom", "--virtual-time-budget=5000");

		assertThat(screenshot).isNotEmptyFile();
		Matcher sizes = Pattern.compile("data-natural=\"(\\d+)x(\\d+)\"").matcher(dom);
		int images = 0;
		while (sizes.find()) {
			images++;
			assertThat(Integer.parseInt(sizes.group(1))).isPositive();
			assertThat(Integer.parseInt(sizes.group(2))).isPositive();
		}
		assertThat(images).isEqualTo(countOf(dom, "<img"));
		assertThat(images).isGreaterThanOrEqualTo(5);
		for (int i = 1; i <= 5; i++) {
			assertThat(dom).contains("id=\"dept-" + i + "\"");
		}
	}

	private static int countOf(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static void copy(Path from, Path to) throws Exception {
		try (var paths = Files.walk(from)) {
			for (Path p : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
	}

}
