package org.juesuan.etl.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.generate.LayoutOptions;
import org.juesuan.etl.generate.PackageLayout;
import org.juesuan.etl.generate.PackageWriter;
import org.juesuan.etl.generate.SampleDepartments;
import org.juesuan.etl.pipeline.ImportFunctionalTest;
import org.juesuan.etl.pipeline.ImportLauncher;
import org.juesuan.etl.pipeline.ImportParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real 编制说明 of the example department against its sample tables, given as .txt, .docx
 * and .pdf: the same anomalies are found each time — and nothing else at WARNING or ERROR
 * — and every amount, share and change of 第二部分 is matched to a table figure.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.output=target/test-output",
		"spring.datasource.url=jdbc:h2:mem:seed-narrative;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class SeedNarrativeFunctionalTests extends ImportFunctionalTest {

	/**
	 * The seed's real anomalies, as rule and subject. Its two amounts without 万元 (差旅费
	 * 1.55, 411.91) are noted as INFO: the unit is clear from the sentence, and a
	 * reviewer would not call that an error.
	 */
	static final List<String> ANOMALIES = List.of("ERROR N.unit 其他交通费", "WARNING N.change 收入总计",
			"WARNING N.change 支出总计", "WARNING N.change 财政拨款收入总计", "WARNING N.change 财政拨款支出总计",
			"WARNING N.amount 住房保障支出（类）住房保障支出（款）住房公积金（项）", "WARNING N.internal 三公经费", "WARNING N.internal 因公出国（境）费",
			"WARNING N.internal 公务用车购置及运行维护费", "WARNING N.internal 公务接待费", "WARNING N.internal 年末决算执行项目",
			"WARNING N.internal 节约");

	@TempDir
	Path input;

	@Test
	void theTextNarrativeGivesTheSeedsAnomaliesAndMatchesEveryTableFigureItStates() throws Exception {
		importWith("编制说明.txt", Files.readAllBytes(Seed.file()));

		assertThat(anomalies()).containsExactlyInAnyOrderElementsOf(ANOMALIES);
		assertThat(jdbc.queryForList("SELECT row_ref FROM v_finding WHERE severity = 'INFO' AND rule_id = 'N.unit'",
				String.class))
			.contains("差旅费", "一般公共预算财政拨款支出");
		assertThat(jdbc.queryForList("""
				SELECT claim_type || ' ' || subject FROM v_claim WHERE status = 'UNMATCHED' AND section NOT LIKE '附件%'
				AND section NOT LIKE '十、%' AND claim_type IN ('amount', 'share', 'change-amount', 'change-rate')""",
				String.class))
			.as("every amount, share and change of 第二部分 about the tables is matched")
			.allSatisfy(c -> assertThat(c).containsAnyOf("轿车", "越野车", "载客汽车", "国内公务接待", "外事接待"));
		Map<String, Object> report = jdbc.queryForMap("SELECT * FROM v_narrative_report");
		assertThat(report.get("FIGURES_FOUND")).isEqualTo(146);
		assertThat(report.get("FIGURES_CLAIMED")).isEqualTo(146);
	}

	@Test
	void theWordNarrativeGivesTheSameFindings() throws Exception {
		importWith("编制说明.docx", DocumentFixtures.docx(NarrativeText.paragraphs(Seed.text()), List.of()));
		assertThat(anomalies()).containsExactlyInAnyOrderElementsOf(ANOMALIES);
	}

	@Test
	void thePdfNarrativeGivesTheSameFindings() throws Exception {
		assumeTrue(DocumentFixtures.cjkFont().isPresent(), "no CJK font to write the PDF with (.ci/run installs one)");
		importWith("编制说明.pdf",
				DocumentFixtures.pdf(NarrativeText.paragraphs(Seed.text()), DocumentFixtures.cjkFont().get()));
		assertThat(anomalies()).containsExactlyInAnyOrderElementsOf(ANOMALIES);
	}

	private void importWith(String name, byte[] narrative) throws Exception {
		Path folder = input.resolve("2024").resolve(SampleDepartments.eGovCentre().department());
		PackageWriter.write(
				SampleDepartments.eGovCentre().withLayout(PackageLayout.singleWorkbook(LayoutOptions.DEFAULT)), folder);
		Files.write(folder.resolve(name), narrative);
		assertThat(launcher.run(ImportParameters.of(input, null, null))).isEqualTo(ImportLauncher.OK);
	}

	private List<String> anomalies() {
		return jdbc.queryForList(
				"SELECT severity || ' ' || rule_id || ' ' || row_ref FROM v_finding WHERE severity IN ('ERROR', 'WARNING')",
				String.class);
	}

}
