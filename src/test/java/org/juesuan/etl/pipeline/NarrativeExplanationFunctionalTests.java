package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.generate.DepartmentPackage;
import org.juesuan.etl.generate.LayoutOptions;
import org.juesuan.etl.generate.PackageLayout;
import org.juesuan.etl.generate.PackageWriter;
import org.juesuan.etl.generate.SampleDepartments;
import org.juesuan.etl.store.ExplanationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a finance officer does after an import: explains a narrative finding, edits the
 * 编制说明 (a paragraph inserted, a sentence reworded, the wrong figure corrected),
 * re-imports, explains again. The explanation stays with its finding while the finding
 * exists, and every text ever given stays in {@code v_explanation_history}.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.output=target/test-output",
		"spring.datasource.url=jdbc:h2:mem:narrative-explanation;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class NarrativeExplanationFunctionalTests extends ImportFunctionalTest {

	private static final String HEAD = "第二部分 2024年度部门决算情况说明";

	private static final String TOTALS = "一、收入支出决算总体情况说明\n2024 年度收入、支出总计均为 411.99 万元。";

	private static final String SPENDING = "三、支出决算情况说明";

	private static final String WRONG = "2024 年度本年支出合计 411.91 万元，其中：基本支出 189.81 万元，项目支出 212.11 万元。";

	private static final String RIGHT = "2024 年度本年支出合计 411.91 万元，其中：基本支出 199.81 万元，项目支出 212.11 万元。";

	@Autowired
	ExplanationStore explanations;

	@TempDir
	Path input;

	private final DepartmentPackage egov = SampleDepartments.eGovCentre()
		.withLayout(PackageLayout.singleWorkbook(LayoutOptions.DEFAULT));

	@Test
	void anExplanationOutlivesAParagraphInsertedAboveAndASentenceRewordedElsewhere() throws Exception {
		importNarrative(HEAD, TOTALS, SPENDING, WRONG);
		String fingerprint = wrongBasic();
		explanations.explain(fingerprint, "基本支出含年中追加的人员经费，说明未更新");

		importNarrative(HEAD, "一、收入支出决算总体情况说明\n本年度收入总计、支出总计均为 411.99 万元，较上年有所增加。", SPENDING,
				"本中心支出主要用于电子政务平台运行维护和设备购置。", WRONG);

		assertThat(wrongBasic()).isEqualTo(fingerprint);
		assertThat(jdbc.queryForObject("SELECT explanation FROM v_finding WHERE fingerprint = ?", String.class,
				fingerprint))
			.isEqualTo("基本支出含年中追加的人员经费，说明未更新");
		assertThat(jdbc
			.queryForMap("SELECT resolved_at, replaced_at FROM v_explanation_history WHERE fingerprint = ?",
					fingerprint)
			.values()).containsOnlyNulls();
	}

	@Test
	void aReplacedExplanationIsKeptWithWhenItWasReplaced() throws Exception {
		importNarrative(HEAD, TOTALS, SPENDING, WRONG);
		String fingerprint = wrongBasic();

		explanations.explain(fingerprint, "初稿：待核实");
		explanations.explain(fingerprint, "已核实：基本支出含追加经费");

		assertThat(jdbc.queryForObject("SELECT explanation FROM v_finding WHERE fingerprint = ?", String.class,
				fingerprint))
			.isEqualTo("已核实：基本支出含追加经费");
		List<Map<String, Object>> history = jdbc.queryForList("""
				SELECT explanation, explained_at, replaced_at FROM v_explanation_history WHERE fingerprint = ?
				ORDER BY explained_at, replaced_at NULLS LAST""", fingerprint);
		assertThat(history).extracting(h -> h.get("EXPLANATION")).containsExactly("初稿：待核实", "已核实：基本支出含追加经费");
		assertThat(history.get(0).get("REPLACED_AT")).isNotNull();
		assertThat(history.get(1).get("REPLACED_AT")).isNull();
	}

	@Test
	void aCorrectedSentenceLosesItsFindingAndItsExplanationGoesToHistory() throws Exception {
		importNarrative(HEAD, TOTALS, SPENDING, WRONG);
		String fingerprint = wrongBasic();
		explanations.explain(fingerprint, "基本支出含年中追加的人员经费，说明未更新");

		importNarrative(HEAD, TOTALS, SPENDING, RIGHT);

		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM v_finding WHERE fingerprint = ?", Integer.class, fingerprint))
			.isZero();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM v_finding WHERE rule_id = 'N.amount' AND severity = 'ERROR'", Integer.class))
			.isZero();
		assertThat(jdbc
			.queryForMap("SELECT explanation, resolved_at FROM v_explanation_history WHERE fingerprint = ?",
					fingerprint)
			.values()).doesNotContainNull().contains("基本支出含年中追加的人员经费，说明未更新");
	}

	@Test
	void anExplanationOnAFingerprintOfAnOlderBuildMovesToTheSameFindingOnTheNextImport() throws Exception {
		importNarrative(HEAD, TOTALS, SPENDING, WRONG);
		String fingerprint = wrongBasic();
		// as an older build stored it: the same finding under a fingerprint that held
		// paragraph and sentence numbers
		jdbc.update("UPDATE finding SET fingerprint = '00000000000000aa' WHERE fingerprint = ?", fingerprint);
		explanations.explain("00000000000000aa", "旧版本附上的说明");

		launcher.run(ImportParameters.of(input, null, null).readingAll());

		assertThat(jdbc.queryForObject("SELECT explanation FROM v_finding WHERE fingerprint = ?", String.class,
				fingerprint))
			.isEqualTo("旧版本附上的说明");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM v_explanation_history WHERE fingerprint = '00000000000000aa'", Integer.class))
			.isZero();
	}

	@Test
	void narrativeFingerprintsAreUniqueOnTheSampleNarrative() throws Exception {
		Path sample = Path.of("input/2024/攀枝花市东区电子政务建设服务中心");
		String narrative;
		try (var files = Files.list(sample)) {
			narrative = Files.readString(files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow());
		}

		importNarrative(narrative);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_finding WHERE rule_id LIKE 'N.%'", Integer.class))
			.isPositive();
		assertThat(jdbc.queryForList("SELECT fingerprint FROM v_finding GROUP BY fingerprint HAVING COUNT(*) > 1",
				String.class))
			.isEmpty();
	}

	private String wrongBasic() {
		return jdbc.queryForObject(
				"SELECT fingerprint FROM v_finding WHERE rule_id = 'N.amount' AND severity = 'ERROR' AND row_ref = '基本支出'",
				String.class);
	}

	private void importNarrative(String... paragraphs) throws Exception {
		Path folder = input.resolve("2024").resolve(egov.department());
		if (!Files.exists(folder)) {
			Files.createDirectories(folder);
			PackageWriter.write(egov, folder);
		}
		Files.writeString(folder.resolve("编制说明.txt"), String.join("\n\n", paragraphs), StandardCharsets.UTF_8);
		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);
	}

}
