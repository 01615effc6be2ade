package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run at a time per store: a second run is refused at once, naming the holder; a
 * released lock or one whose holder died (no heartbeat for stale-after) can be taken.
 * {@link RunLockMariaDbIntegrationTests}: the same on MariaDB.
 */
@SpringBootTest(
		properties = { "juesuan.cli.enabled=false", "juesuan.lock.heartbeat=100ms", "juesuan.lock.stale-after=2s",
				"spring.datasource.url=jdbc:h2:mem:lock-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class RunLockIntegrationTests {

	@Autowired
	RunLock lock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void free() {
		jdbc.update("DELETE FROM run_lock");
	}

	@Test
	void aSecondRunIsRefusedAtOnceUntilTheFirstReleases() {
		try (RunLock.Held first = lock.acquire("import run-1")) {
			long start = System.nanoTime();
			assertThatThrownBy(() -> lock.acquire("import run-2")).isInstanceOf(StoreBusyException.class)
				.hasMessageContaining("import run-1")
				.hasMessageNotContaining("\n");
			assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
		}
		try (RunLock.Held second = lock.acquire("import run-2")) {
			assertThat(jdbc.queryForObject("SELECT owner FROM run_lock", String.class)).startsWith("import run-2");
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class)).isZero();
	}

	@Test
	void theHolderKeepsItsHeartbeatFresh() throws Exception {
		try (RunLock.Held held = lock.acquire("import run-1")) {
			Timestamp first = jdbc.queryForObject("SELECT heartbeat_at FROM run_lock", Timestamp.class);
			Thread.sleep(2_500);
			assertThat(jdbc.queryForObject("SELECT heartbeat_at FROM run_lock", Timestamp.class)).isAfter(first);
			assertThatThrownBy(() -> lock.acquire("import run-2")).as("renewed, so never stale")
				.isInstanceOf(StoreBusyException.class);
		}
	}

	@Test
	void aRepairThatFailsLeavesTheLockForTheNextRunToTakeOverAndRepairAgain(@Autowired LockProperties properties) {
		Timestamp old = Timestamp.from(Instant.now().minusSeconds(60));
		jdbc.update(
				"INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) VALUES ('store', 'import killed', ?, ?)",
				old, old);
		CrashRepair failing = new CrashRepair(jdbc) {
			@Override
			public Repair afterUncleanStop() {
				throw new IllegalStateException("disk full");
			}
		};

		assertThatThrownBy(() -> new RunLock(jdbc, properties, failing).acquire("import run-4"))
			.hasMessageContaining("disk full");

		try (RunLock.Held held = lock.acquire("import run-5")) {
			assertThat(jdbc.queryForObject("SELECT owner FROM run_lock", String.class)).startsWith("import run-5");
		}
	}

	@Test
	void theLockOfARunThatDiedIsTakenOver() {
		Timestamp old = Timestamp.from(Instant.now().minusSeconds(60));
		jdbc.update(
				"INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) VALUES ('store', 'import killed', ?, ?)",
				old, old);

		try (RunLock.Held held = lock.acquire("import run-3")) {
			assertThat(jdbc.queryForObject("SELECT owner FROM run_lock", String.class)).startsWith("import run-3");
		}
	}

}
