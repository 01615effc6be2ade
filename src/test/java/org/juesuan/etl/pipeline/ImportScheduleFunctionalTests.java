package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

import org.juesuan.etl.store.EmptyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code schedule} imports at every cron time, each run recorded on its own; a busy store
 * or a failure does not stop it.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:schedule;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class ImportScheduleFunctionalTests {

	@Autowired
	ImportSchedule schedule;

	@Autowired
	ScheduleProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	static Path output;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("juesuan.output", () -> output.toString());
	}

	@BeforeEach
	void empty() {
		EmptyStore.empty(jdbc);
		jdbc.update("DELETE FROM run_lock");
	}

	@Test
	void theDefaultIsTwoAtNight() {
		assertThat(properties.cron()).isEqualTo("0 0 2 * * *");
	}

	@Test
	void runsAtEveryCronTimeEachRecorded() {
		assertThat(schedule.run("* * * * * *", ImportJobFunctionalTests.SAMPLE_INPUT, 2)).isEqualTo(2);

		// the second run finds every package unchanged (incremental): a job execution of
		// its own that loads nothing
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT run_id) FROM package_load", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'",
				Integer.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aBusyStoreSkipsOneRunAndTheScheduleGoesOn() {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update(
				"INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) VALUES ('store', 'import 1@elsewhere', ?, ?)",
				now, now);

		assertThat(schedule.run("* * * * * *", ImportJobFunctionalTests.SAMPLE_INPUT, 2)).isEqualTo(2);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_load", Integer.class)).isZero();
	}

}
