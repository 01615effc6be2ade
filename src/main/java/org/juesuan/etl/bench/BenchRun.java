package org.juesuan.etl.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.juesuan.etl.JuesuanEtlApplication;
import org.juesuan.etl.pipeline.CheckTimes;
import org.juesuan.etl.pipeline.ImportLauncher;
import org.juesuan.etl.pipeline.ImportParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One district imported into a fresh store of one database, in an application context of
 * its own: the full import, then the same import again (unchanged), with step timings,
 * memory and the ERROR count; before it, the cold start-up ({@link ColdStart}) on that
 * database.
 */
final class BenchRun {

	/**
	 * The check phases' columns: the load is said to be the figures', not the ingest's.
	 */
	private static final Map<String, String> PHASES = Map.of("load", "figure load");

	/**
	 * How often the live heap is sampled by a full collection during the import. The
	 * largest of the samples is the figure, so the sampling must be dense enough to meet
	 * each phase's peak at every size: at one sample in 2 s, the 5,000-department import
	 * (a hundred samples) met the consolidation's page of rows and the 1,000's (a dozen)
	 * mostly did not, and the ratio of the two was more the sample count than the heap.
	 */
	static final Duration LIVE_SAMPLE = Duration.ofMillis(500);

	private final BenchTarget target;

	BenchRun(BenchTarget target) {
		this.target = target;
	}

	BenchResult run(Path district, int departments, ParseFloor.Reading floor, Path work) throws Exception {
		// first: on MariaDB both use the one bench database, emptied by each
		double startup = ColdStart.measure(target, work.resolve("start-up"));
		Map<String, Object> properties = new LinkedHashMap<>(target.fresh(work));
		properties.put("juesuan.cli.enabled", "false");
		properties.put("juesuan.output", work.resolve("output").toString());
		properties.put("logging.level.org.juesuan.etl", "WARN");
		properties.put("spring.main.banner-mode", "off");
		MemoryProbe.reset();
		// as arguments, so that they win over application.yml and config/ (default
		// properties would lose)
		String[] args = properties.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		BenchResult measured;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JuesuanEtlApplication.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			ImportLauncher launcher = context.getBean(ImportLauncher.class);
			long importStart = System.nanoTime();
			double cpuStart = ParseFloor.cpuSeconds();
			double serverStart = target.serverCpuSeconds();
			launcher.run(ImportParameters.of(district, null, null));
			double total = seconds(importStart);
			double cpu = ParseFloor.cpuSeconds() - cpuStart;
			double serverCpu = target.serverCpuSeconds() - serverStart;
			long heap = MemoryProbe.peakHeapMb();
			long rss = MemoryProbe.peakRssMb();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Map<String, Double> steps = withCheckPhases(steps(jdbc), context.getBean(JobRepository.class));
			Integer errors = jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE severity = 'ERROR'",
					Integer.class);
			long rerunStart = System.nanoTime();
			launcher.run(ImportParameters.of(district, null, null));
			double rerun = seconds(rerunStart);
			// the live heap from an import of its own (every package read again): a full
			// collection every LIVE_SAMPLE makes the import it samples slower
			MemoryProbe.LiveHeap live = MemoryProbe.sampleLive(LIVE_SAMPLE);
			try (live) {
				launcher.run(ImportParameters.of(district, null, null).readingAll());
			}
			measured = new BenchResult(departments, target.name(), floor.seconds(), startup, steps, total, cpu,
					serverCpu, floor.cpu(), rerun, heap, live.peakMb(), live.seconds(), rss,
					errors == null ? 0 : errors, Double.NaN);
		}
		// after the context closed: an embedded H2 file opens for one process at a time
		double query = QueryLatency.measure(properties);
		return new BenchResult(measured.departments(), measured.db(), measured.floor(), measured.startup(),
				measured.steps(), measured.total(), measured.cpu(), measured.serverCpu(), measured.floorCpu(),
				measured.rerun(), measured.heapMb(), measured.liveHeapMb(), measured.liveSampleSeconds(),
				measured.rssMb(), measured.errors(), query);
	}

	/**
	 * The steps of the import job just run (the latest but one execution once the re-run
	 * started: so read before).
	 */
	private static Map<String, Double> steps(JdbcTemplate jdbc) {
		Map<String, Double> steps = new LinkedHashMap<>();
		jdbc.query("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = "
				+ "(SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) ORDER BY STEP_EXECUTION_ID", rs -> {
					steps.put(rs.getString(1), (rs.getTimestamp(3).getTime() - rs.getTimestamp(2).getTime()) / 1000.0);
				});
		return steps;
	}

	/**
	 * The check step's phases after it: figures loaded, narrative, audit (seconds summed
	 * over its threads, from its execution context), as the two steps the narrative and
	 * audit were before they shared one pass.
	 */
	private static Map<String, Double> withCheckPhases(Map<String, Double> steps, JobRepository repository) {
		StepExecution check = repository.getLastStepExecution(repository.getLastJobInstance("importJob"), "checkStep");
		Map<String, Double> result = new LinkedHashMap<>();
		steps.forEach((step, seconds) -> {
			result.put(step, seconds);
			if (step.equals("checkStep") && check != null) {
				CheckTimes.seconds(check).forEach((phase, s) -> result.put(PHASES.getOrDefault(phase, phase), s));
			}
		});
		return result;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/**
	 * Runs one statement on a server without a database selected (creating the bench
	 * database).
	 */
	static void admin(String serverUrl, String user, String password, String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

}
