package org.juesuan.etl.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.pipeline.ImportLauncher;
import org.juesuan.etl.pipeline.ImportParameters;
import org.juesuan.etl.store.EmptyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The round trip: the district workbook written from the consolidation of the sample
 * input (three Sichuan packages and a national one) is itself a valid Sichuan package —
 * imported as a department it passes every audit rule that holds for one department, and
 * gives back the same figures.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.district=攀枝花市东区",
		"spring.datasource.url=jdbc:h2:mem:district-workbook;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class DistrictWorkbookFunctionalTests {

	static final String DISTRICT = "攀枝花市东区";

	@Autowired
	ImportLauncher launcher;

	@Autowired
	DistrictOutputs outputs;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("juesuan.output", () -> output.toString());
	}

	@Test
	void theDistrictWorkbookReadsBackAsAValidPackageWithTheSameFigures(@TempDir Path input) throws Exception {
		EmptyStore.empty(jdbc);
		launcher.run(ImportParameters.of(Path.of("input"), 2024, null));
		List<Map<String, Object>> consolidated = jdbc.queryForList(
				"""
						SELECT table_no, COALESCE(row_code, row_label) AS row_key, column_name, amount_yuan FROM v_district_figure
						WHERE year = 2024 AND amount_yuan IS NOT NULL ORDER BY 1, 2, 3""");
		Path folder = Files.createDirectories(input.resolve("2024").resolve(DISTRICT));
		outputs.write(folder, outputs.scope(2024, null));
		Files.list(folder)
			.filter(f -> !f.getFileName().toString().startsWith("district-"))
			.forEach(DistrictWorkbookFunctionalTests::delete);

		assertThat(launcher.run(ImportParameters.of(input, 2024, DISTRICT))).isEqualTo(ImportLauncher.OK);

		assertThat(jdbc.queryForList(
				"SELECT rule_id, message FROM v_finding WHERE department = ? AND severity = 'ERROR' AND rule_id NOT LIKE 'N.%'",
				DISTRICT))
			.isEmpty();
		assertThat(jdbc.queryForList(
				"SELECT message FROM v_finding WHERE department = ? AND rule_id = 'package.empty-statement'",
				String.class, DISTRICT))
			.as("an empty consolidated table says so")
			.isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT table_no) FROM v_figure WHERE department = ?",
				Integer.class, DISTRICT))
			.isEqualTo(13);
		for (Map<String, Object> figure : consolidated) {
			List<BigDecimal> back = jdbc.queryForList(
					"""
							SELECT amount_yuan FROM v_figure WHERE department = ? AND table_no = ? AND COALESCE(row_code, row_label) = ?
							AND column_name = ?""",
					BigDecimal.class, DISTRICT, figure.get("table_no"), figure.get("row_key"),
					figure.get("column_name"));
			assertThat(back).as("%s", figure).hasSize(1);
			assertThat(back.get(0)).as("%s", figure).isEqualByComparingTo((BigDecimal) figure.get("amount_yuan"));
		}
	}

	private static void delete(Path file) {
		try {
			Files.delete(file);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
