package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * Import is incremental: a second import of the sample input reads nothing, says so,
 * writes no findings report and leaves the store as it was; a package with a changed file
 * is read again (only that one); {@code --full} reads them all.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.output=target/test-output",
		"spring.datasource.url=jdbc:h2:mem:incremental-functional;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class IncrementalImportFunctionalTests extends ImportFunctionalTest {

	@TempDir
	Path input;

	@BeforeEach
	void sampleInput() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("input"), input);
	}

	@Test
	void aSecondImportOfTheSameInputReadsNothingAndChangesNothing() throws Exception {
		launcher.run(ImportParameters.of(input, null, null));
		List<String> before = snapshot();

		ImportParameters second = ImportParameters.of(input, null, null);
		assertThat(launcher.run(second)).isEqualTo(ImportLauncher.OK);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(lastIngest()).containsExactly(0, packages());
		assertThat(Path.of("target/test-output", second.runId(), "findings.csv")).as("no empty findings report")
			.doesNotExist();
	}

	@Test
	void anUnchangedImportLeavesTheConsolidationAndAChangedOneRefreshesIt() throws Exception {
		launcher.run(ImportParameters.of(input, null, null));
		List<Object> consolidated = consolidation();

		launcher.run(ImportParameters.of(input, null, null));
		assertThat(consolidation()).isEqualTo(consolidated); // same rows, same
																// refreshed_at

		Files.writeString(narrativeOfFirstDepartment(), "\n", StandardOpenOption.APPEND);
		launcher.run(ImportParameters.of(input, null, null));
		assertThat(consolidation()).isNotEqualTo(consolidated);
		assertThat(consolidation().get(0)).isEqualTo(consolidated.get(0)); // the same
																			// figures,
																			// refreshed
	}

	@Test
	void aChangedFileIsReadAgainAndOnlyItsPackage() throws Exception {
		launcher.run(ImportParameters.of(input, null, null));
		Path narrative = narrativeOfFirstDepartment();
		Files.writeString(narrative, "\n", StandardOpenOption.APPEND);

		ImportParameters second = ImportParameters.of(input, null, null);
		launcher.run(second);

		assertThat(lastIngest()).containsExactly(1, packages() - 1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_load WHERE run_id = ?", Integer.class,
				second.runId()))
			.isEqualTo(1);
	}

	@Test
	void fullReadsEveryPackage() throws Exception {
		launcher.run(ImportParameters.of(input, null, null));

		launcher.run(ImportParameters.of(input, null, null).readingAll());

		assertThat(lastIngest()).containsExactly(packages(), 0);
	}

	/** The last ingest step's written and filtered (unchanged) counts. */
	private List<Integer> lastIngest() {
		return jdbc.queryForObject(
				"SELECT WRITE_COUNT, FILTER_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = "
						+ "(SELECT MAX(STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'ingestStep')",
				(rs, i) -> List.of(rs.getInt(1), rs.getInt(2)));
	}

	private int packages() throws IOException {
		try (Stream<Path> departments = Files.list(input.resolve("2024"))) {
			return (int) departments.filter(Files::isDirectory).count();
		}
	}

	private Path narrativeOfFirstDepartment() throws IOException {
		try (Stream<Path> files = Files.walk(input.resolve("2024"))) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
		}
	}

	/** How many consolidated figures, and when they were last refreshed. */
	private List<Object> consolidation() {
		return jdbc.queryForObject("SELECT COUNT(*), MAX(refreshed_at) FROM consolidated_figure",
				(rs, i) -> List.of(rs.getInt(1), rs.getTimestamp(2)));
	}

	private List<String> snapshot() {
		List<String> counts = Stream.of("package_load", "load_file", "table_instance", "figure", "finding", "claim")
			.map(t -> t + "=" + jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Integer.class) + "/"
					+ jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + t, Long.class))
			.toList();
		return Stream
			.concat(counts.stream(), Stream
				.of("narrative_report=" + jdbc.queryForObject("SELECT COUNT(*) FROM narrative_report", Integer.class)))
			.toList();
	}

}
