package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.juesuan.etl.generate.corpus.DistrictGenerator;
import org.juesuan.etl.generate.corpus.DistrictOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code kill -9} of a real {@code import} process, during the first schema migrations
 * and in the middle of the run, then a rerun: the store holds what a clean run leaves
 * (every figure, finding, claim, narrative report and summary, ids and timestamps aside)
 * and no execution is left STARTED. On an H2 file here, on MariaDB in
 * {@link CrashRecoveryMariaDbFunctionalTests}.
 */
class CrashRecoveryFunctionalTests {

	private static final Duration RUN = Duration.ofMinutes(4);

	/**
	 * Generated departments beside the sample's four, so that a run is still going well
	 * after its first progress line.
	 */
	private static final int GENERATED = 60;

	/**
	 * How long the mid-run kill waits after the first progress line: H2 saves what was
	 * committed in the background, at most a second later (MVStore's auto-commit delay),
	 * so a kill sooner may leave the file without the run's execution at all, which the
	 * next run then has nothing to mark.
	 */
	private static final Duration SAVED = Duration.ofMillis(1500);

	private static final List<String> VIEWS = List.of("v_figure", "v_finding", "v_claim", "v_narrative_report",
			"v_department_summary");

	private static final Map<Class<?>, List<String>> CLEAN = new java.util.HashMap<>();

	@TempDir
	static Path work;

	/** A store no run has touched yet: its URL and user. */
	protected Store freshStore(String name) {
		return new Store("jdbc:h2:file:" + work.resolve(name).resolve("db/juesuan").toAbsolutePath()
				+ ";NON_KEYWORDS=YEAR,VALUE", "sa");
	}

	@Test
	void killedDuringTheFirstMigrationsThenRerunLeavesWhatACleanRunLeaves() throws Exception {
		Store store = freshStore("migration");
		Path input = input(work.resolve("migration-input"));
		for (int migration = 1; migration <= 3; migration++) {
			ChildImport run = store.start("migration", input);
			run.awaitLines(line -> line.contains("Migrating schema"), migration, RUN);
			run.kill();
		}

		rerunToTheEnd(store, "migration", input);

		assertThat(snapshot(store)).hasSizeGreaterThan(1000).isEqualTo(cleanRun());
		assertThat(started(store)).isZero();
	}

	@Test
	void killedMidRunThenRerunLeavesWhatACleanRunLeaves() throws Exception {
		Store store = freshStore("midrun");
		Path input = input(work.resolve("midrun-input"));
		ChildImport run = store.start("midrun", input);
		assertThat(run.awaitLine(line -> line.contains("[1/"), RUN)).as(run.console()).isTrue();
		Thread.sleep(SAVED.toMillis());
		assertThat(run.alive()).as("still running when killed: %s", run.console()).isTrue();
		run.kill();

		rerunToTheEnd(store, "midrun", input);

		assertThat(snapshot(store)).hasSizeGreaterThan(1000).isEqualTo(cleanRun());
		assertThat(started(store)).isZero();
		int failed = store.jdbc(jdbc -> jdbc
			.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'FAILED'", Integer.class));
		assertThat(failed).as("the killed run's execution is marked FAILED").isEqualTo(1);
	}

	/** What a clean run leaves, run once per class. */
	private List<String> cleanRun() throws Exception {
		List<String> clean = CLEAN.get(getClass());
		if (clean == null) {
			Store store = freshStore("clean");
			rerunToTheEnd(store, "clean", input(work.resolve("clean-input")));
			clean = snapshot(store);
			CLEAN.put(getClass(), clean);
		}
		return clean;
	}

	/** The sample's packages and {@link #GENERATED} generated ones. */
	private static Path input(Path folder) throws Exception {
		ChildImport.copySampleInput(folder);
		DistrictGenerator.generate(folder, DistrictOptions.of(GENERATED, 7));
		return folder;
	}

	private static void rerunToTheEnd(Store store, String name, Path input) throws Exception {
		ChildImport rerun = store.start(name, input);
		int status = rerun.await(RUN);
		if (status == 3) {
			Thread.sleep(5000);
			rerun = store.start(name, input);
			status = rerun.await(RUN);
		}
		assertThat(status).as(rerun.console()).isZero();
	}

	private static int started(Store store) {
		return store.jdbc(jdbc -> jdbc
			.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'", Integer.class));
	}

	/** Every row of the analysts' views, without ids and timestamps, sorted. */
	private static List<String> snapshot(Store store) {
		return store.jdbc(jdbc -> {
			List<String> rows = new ArrayList<>();
			for (String view : VIEWS) {
				for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + view)) {
					Map<String, String> values = new TreeMap<>();
					row.forEach((column, value) -> {
						if (!column.equalsIgnoreCase("loaded_at")) {
							values.put(column.toLowerCase(), value instanceof BigDecimal d
									? d.stripTrailingZeros().toPlainString() : String.valueOf(value));
						}
					});
					rows.add(view + " " + values);
				}
			}
			rows.sort(null);
			return rows;
		});
	}

	/** A store: where it is and who loads it. */
	protected record Store(String url, String user) {

		ChildImport start(String name, Path input) throws Exception {
			return ChildImport.start(work.resolve(name), url, user, "--input=" + input);
		}

		<T> T jdbc(java.util.function.Function<JdbcTemplate, T> query) {
			String readable = url.startsWith("jdbc:h2:") ? url + ";IFEXISTS=TRUE" : url;
			try (SingleConnectionDataSource ds = new SingleConnectionDataSource(readable, user, "", true)) {
				return query.apply(new JdbcTemplate(ds));
			}
		}
	}

}
