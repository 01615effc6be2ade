package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

import org.juesuan.etl.generate.SampleDepartments;
import org.juesuan.etl.store.StoreBusyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run first cleans up after runs that died (their executions left STARTED become
 * FAILED), and a second run on the same store is refused at once while one is alive.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:run-guard;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class RunGuardFunctionalTests {

	@Autowired
	ImportLauncher launcher;

	@Autowired
	JobRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("juesuan.output", () -> output.toString());
	}

	@BeforeEach
	void free() {
		jdbc.update("DELETE FROM run_lock");
	}

	@Test
	void anExecutionLeftStartedByADeadRunIsMarkedFailed() throws Exception {
		JobExecution dead = startedAndAbandoned();

		assertThat(launcher.run(ImportParameters.of(ImportJobFunctionalTests.SAMPLE_INPUT, 2024,
				SampleDepartments.eGovCentre().department())))
			.isEqualTo(ImportLauncher.OK);

		JobExecution after = repository.getJobExecution(dead.getId());
		assertThat(after.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(after.getEndTime()).isNotNull();
		assertThat(after.getStepExecutions()).allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(BatchStatus.FAILED));
		assertThat(repository.findRunningJobExecutions("importJob")).isEmpty();
	}

	@Test
	void aSecondImportIsRefusedAtOnceWhileOneIsAlive() {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update(
				"INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) VALUES ('store', 'import 4242@host', ?, ?)",
				now, now);
		JobExecution live = startedAndAbandoned();

		assertThatThrownBy(() -> launcher.run(ImportParameters.of(ImportJobFunctionalTests.SAMPLE_INPUT, null, null)))
			.isInstanceOf(StoreBusyException.class)
			.hasMessageContaining("import 4242@host");

		assertThat(repository.getJobExecution(live.getId()).getStatus()).as("a live run's execution is left alone")
			.isEqualTo(BatchStatus.STARTED);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_load", Integer.class)).isZero();
	}

	private JobExecution startedAndAbandoned() {
		var parameters = new JobParametersBuilder().addString("runId", "dead-" + System.nanoTime()).toJobParameters();
		JobInstance instance = repository.createJobInstance("importJob", parameters);
		JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(LocalDateTime.now().minusHours(3));
		repository.update(execution);
		var step = repository.createStepExecution("ingestStep", execution);
		step.setStatus(BatchStatus.STARTED);
		repository.update(step);
		return execution;
	}

}
