package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.generate.corpus.CorpusGenerator;
import org.juesuan.etl.generate.corpus.ManifestRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole job on the independent realistic corpus ({@code fixture.corpus}, written from
 * the two official templates by a generator that never read the parser): twelve
 * departments of both template sets, each package's set detected; the clean narratives
 * give no ERROR or WARNING at all and nearly every number of each 情况说明 is read; every
 * error planted in the planted copies is found, with its sentence, and nothing else is.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.output=target/test-output",
		"spring.datasource.url=jdbc:h2:mem:corpus-functional;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class CorpusFunctionalTests extends ImportFunctionalTest {

	@TempDir
	static Path corpus;

	static List<ManifestRow> manifest;

	@BeforeAll
	static void generate() {
		manifest = CorpusGenerator.generate(corpus, CorpusGenerator.DEFAULT_SEED);
	}

	@Test
	void eachPackageIsReadWithItsOwnTemplateSet() throws Exception {
		launcher.run(ImportParameters.of(corpus.resolve("clean"), null, null));

		List<Map<String, Object>> loads = jdbc
			.queryForList("SELECT d.name, l.template_set, l.table_count FROM package_load l "
					+ "JOIN department d ON d.id = l.department_id WHERE l.status = 'LOADED'");
		assertThat(loads).hasSize(12).allSatisfy(l -> {
			boolean national = l.get("NAME").toString().startsWith("上海");
			assertThat(l.get("TEMPLATE_SET")).isEqualTo(national ? "national-2024" : "sichuan-2024");
			assertThat(l.get("TABLE_COUNT")).isEqualTo(national ? 9 : 13);
		});
		assertThat(
				jdbc.queryForList("SELECT message FROM v_finding WHERE rule_id = 'ingest.missing-table'", String.class))
			.isEmpty();
		assertThat(jdbc.queryForList(
				"SELECT DISTINCT table_name FROM v_figure WHERE template_set = 'national-2024' AND set_table_no = 6",
				String.class))
			.containsExactly("一般公共预算财政拨款基本支出决算表");
	}

	@Test
	void theCleanCorpusGivesNoErrorOrWarningAndItsNumbersAreRead() throws Exception {
		assertThat(launcher.run(ImportParameters.of(corpus.resolve("clean"), null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(jdbc.queryForList("SELECT department || ' ' || rule_id || ' ' || message FROM v_finding "
				+ "WHERE severity IN ('ERROR', 'WARNING')", String.class))
			.isEmpty();
		List<Map<String, Object>> reports = jdbc.queryForList("SELECT * FROM v_narrative_report");
		assertThat(reports).hasSize(12).allSatisfy(r -> {
			assertThat(r.get("PART")).isIn("第二部分", "第三部分");
			int found = ((Number) r.get("FIGURES_FOUND")).intValue();
			assertThat(found).isGreaterThan(50);
			assertThat(((Number) r.get("FIGURES_CLAIMED")).intValue())
				.isGreaterThanOrEqualTo((int) Math.ceil(found * 0.98));
		});
	}

	@Test
	void everyPlantedErrorIsFoundWithItsSentence() throws Exception {
		launcher.run(ImportParameters.of(corpus.resolve("planted"), null, null));

		assertThat(manifest).hasSizeGreaterThanOrEqualTo(15);
		for (ManifestRow planted : manifest) {
			List<Map<String, Object>> found = jdbc.queryForList(
					"SELECT narrative_quote, location FROM v_finding "
							+ "WHERE department = ? AND kind = ? AND severity IN ('ERROR', 'WARNING')",
					planted.department(), planted.kind());
			assertThat(found).as(planted.toString()).anySatisfy(f -> {
				assertThat(squeeze(f.get("NARRATIVE_QUOTE"))).contains(planted.fragment());
				assertThat(f.get("LOCATION")).isNotNull();
			});
		}
	}

	@Test
	void percentagesAreNeverInAYuanColumn() throws Exception {
		launcher.run(ImportParameters.of(corpus.resolve("planted"), null, null));

		List<Map<String, Object>> rates = jdbc
			.queryForList("SELECT expected_yuan, actual_yuan, difference_yuan, expected_value, "
					+ "actual_value, value_unit FROM v_finding WHERE kind IN ('narrative-share', 'narrative-internal') AND message LIKE '%\\%%' ESCAPE '\\'");
		assertThat(rates).isNotEmpty().allSatisfy(r -> {
			assertThat(r.get("VALUE_UNIT")).isEqualTo("%");
			assertThat(r.get("EXPECTED_YUAN")).isNull();
			assertThat(r.get("ACTUAL_YUAN")).isNull();
			assertThat(r.get("DIFFERENCE_YUAN")).isNull();
			assertThat(r.get("ACTUAL_VALUE")).isNotNull();
		});
	}

	@Test
	void nothingButThePlantedErrorsAndWhatTheyImplyIsReported() throws Exception {
		launcher.run(ImportParameters.of(corpus.resolve("planted"), null, null));

		List<Map<String, Object>> serious = jdbc.queryForList(
				"SELECT department, kind, narrative_quote FROM v_finding " + "WHERE severity IN ('ERROR', 'WARNING')");
		assertThat(serious).allSatisfy(f -> assertThat(manifest).as(f.toString()).anySatisfy(p -> {
			assertThat(p.department()).isEqualTo(f.get("DEPARTMENT"));
			assertThat(squeeze(f.get("NARRATIVE_QUOTE"))).contains(sentenceOf(p.fragment()));
		}));
	}

	/** The quote without the spaces and line breaks PDF-like text leaves. */
	private static String squeeze(Object quote) {
		return quote == null ? "" : quote.toString().replaceAll("\\s+", "");
	}

	/**
	 * A planted fragment may span a clause; its first few characters stand for the
	 * sentence it is in.
	 */
	private static String sentenceOf(String fragment) {
		return fragment.length() > 6 ? fragment.substring(0, 6) : fragment;
	}

}
