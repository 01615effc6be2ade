package org.juesuan.etl.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.juesuan.etl.generate.SampleDepartments;
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
 * Two years loaded: each year is consolidated on its own, and the later year's report
 * compares with the earlier.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:year-on-year;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class YearOnYearFunctionalTests {

	@Autowired
	ImportLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("juesuan.output", () -> output.toString());
	}

	@Test
	void theReportOfTheLaterYearComparesWithTheEarlier(@TempDir Path input) throws Exception {
		EmptyStore.empty(jdbc);
		String department = SampleDepartments.eGovCentre().department();
		for (String year : new String[] { "2023", "2024" }) {
			copy(Path.of("input/2024").resolve(department), input.resolve(year).resolve(department));
		}

		launcher.run(ImportParameters.of(input, null, null));

		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT year) FROM v_district_figure", Integer.class))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("""
				SELECT c.basic_yuan - p.basic_yuan FROM v_department_summary c JOIN v_department_summary p
				ON p.department = c.department AND p.year = c.year - 1 WHERE c.year = 2024""",
				java.math.BigDecimal.class))
			.isZero();
		String later = Files.readString(output.resolve("2024/report-2024.html"));
		String earlier = Files.readString(output.resolve("2023/report-2023.html"));
		assertThat(later).contains("<th>上年</th>").contains("<th>增减%</th>");
		assertThat(earlier).doesNotContain("<th>上年</th>");
		assertThat(later.split("<img ", -1).length - earlier.split("<img ", -1).length).as("one chart more")
			.isEqualTo(1);
	}

	private static void copy(Path from, Path to) throws Exception {
		Files.createDirectories(to);
		try (var files = Files.list(from)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Files.copy(f, to.resolve(f.getFileName().toString()));
			}
		}
	}

}
