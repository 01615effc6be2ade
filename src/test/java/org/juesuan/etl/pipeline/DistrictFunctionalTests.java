package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.generate.corpus.DistrictGenerator;
import org.juesuan.etl.generate.corpus.DistrictOptions;
import org.juesuan.etl.generate.corpus.ManifestRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole job on a generated district (the {@code generate} command's packages): 24
 * departments of both sets load with no ERROR finding at all, and every error planted
 * with {@code --plant-errors} is found.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.output=target/test-output",
		"spring.datasource.url=jdbc:h2:mem:district-functional;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class DistrictFunctionalTests extends ImportFunctionalTest {

	static final int DEPARTMENTS = 24;

	@TempDir
	static Path clean;

	@TempDir
	static Path planted;

	static List<ManifestRow> manifest;

	@BeforeAll
	static void generate() {
		DistrictGenerator.generate(clean, DistrictOptions.of(DEPARTMENTS, 11));
		manifest = DistrictGenerator.generate(planted, DistrictOptions.of(DEPARTMENTS, 11).withPlantedErrors(true));
	}

	@Test
	void everyGeneratedPackageLoadsWithoutAnError() throws Exception {
		assertThat(launcher.run(ImportParameters.of(clean, null, null))).isEqualTo(ImportLauncher.OK);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_load WHERE status = 'LOADED'", Integer.class))
			.isEqualTo(DEPARTMENTS);
		assertThat(jdbc.queryForList(
				"SELECT department || ' ' || rule_id || ' ' || message FROM v_finding " + "WHERE severity = 'ERROR'",
				String.class))
			.isEmpty();
	}

	@Test
	void everyPlantedErrorIsFound() throws Exception {
		launcher.run(ImportParameters.of(planted, null, null));

		assertThat(manifest).isNotEmpty();
		for (ManifestRow row : manifest) {
			List<Map<String, Object>> found = jdbc.queryForList(
					"SELECT narrative_quote FROM v_finding "
							+ "WHERE department = ? AND kind = ? AND severity IN ('ERROR', 'WARNING')",
					row.department(), row.kind());
			assertThat(found).as(row.toString())
				.anySatisfy(f -> assertThat(String.valueOf(f.get("NARRATIVE_QUOTE")).replaceAll("\\s+", ""))
					.contains(row.fragment()));
		}
	}

}
