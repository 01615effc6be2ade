package org.juesuan.etl.store;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One import or check at a time per store: a row in {@code run_lock} with its owner and a
 * heartbeat renewed in the background. Works the same on H2 and MySQL/MariaDB (a primary
 * key, no vendor lock function), and survives a killed run: its heartbeat stops, and
 * after {@link LockProperties#staleAfter()} the next run takes the lock over.
 */
@Repository
public class RunLock {

	private static final Logger log = LoggerFactory.getLogger(RunLock.class);

	private static final String NAME = "store";

	private final JdbcTemplate jdbc;

	private final LockProperties properties;

	private final CrashRepair repair;

	RunLock(JdbcTemplate jdbc, LockProperties properties, CrashRepair repair) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.repair = repair;
	}

	/**
	 * Takes the lock or throws {@link StoreBusyException}; close the result to release
	 * it. Taking over the lock of a run that died also repairs what its death may have
	 * left ({@link CrashRepair}), before the caller writes anything.
	 */
	public Held acquire(String purpose) {
		String owner = purpose + " " + ManagementFactory.getRuntimeMXBean().getPid() + "@" + host() + " "
				+ Instant.now();
		Timestamp now = Timestamp.from(Instant.now());
		repair.beforeLocking();
		int stale = jdbc.update("DELETE FROM run_lock WHERE name = ? AND heartbeat_at < ?", NAME,
				Timestamp.from(now.toInstant().minus(properties.staleAfter())));
		if (stale > 0) {
			log.warn("a previous run stopped without releasing the store's lock; taken over");
		}
		try {
			jdbc.update("INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?)", NAME,
					owner, now, now);
		}
		catch (DuplicateKeyException e) {
			throw new StoreBusyException(busy(), e);
		}
		Held held = new Held(owner);
		if (stale > 0) {
			try {
				repair.afterUncleanStop();
			}
			catch (RuntimeException e) {
				held.abandon();
				throw e;
			}
		}
		return held;
	}

	private String busy() {
		List<Map<String, Object>> rows = jdbc.queryForList("SELECT owner, heartbeat_at FROM run_lock WHERE name = ?",
				NAME);
		String holder = rows.isEmpty() ? "另一个运行"
				: rows.get(0).get("owner") + "（最后心跳 " + rows.get(0).get("heartbeat_at") + "）";
		return "数据库正被另一个运行使用：" + holder + "；等它结束后再运行（它若已被终止，" + properties.staleAfter().toSeconds() + " 秒后锁自动失效）";
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException e) {
			return "unknown-host";
		}
	}

	/** The held lock: renews its heartbeat until closed, then deletes its row. */
	public final class Held implements AutoCloseable {

		private final String owner;

		private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "run-lock-heartbeat");
			t.setDaemon(true);
			return t;
		});

		private Held(String owner) {
			this.owner = owner;
			long every = properties.heartbeat().toMillis();
			beat.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
		}

		private void renew() {
			try {
				jdbc.update("UPDATE run_lock SET heartbeat_at = ? WHERE name = ? AND owner = ?",
						Timestamp.from(Instant.now()), NAME, owner);
			}
			catch (RuntimeException e) {
				log.warn("cannot renew the store's lock: {}", e.getMessage(), e);
			}
		}

		@Override
		public void close() {
			beat.shutdownNow();
			jdbc.update("DELETE FROM run_lock WHERE name = ? AND owner = ?", NAME, owner);
		}

		/**
		 * Lets the lock go as a dead run's would, at once: the next run takes it over and
		 * repairs the store again (a repair that failed is not forgotten).
		 */
		void abandon() {
			beat.shutdownNow();
			jdbc.update("UPDATE run_lock SET heartbeat_at = ? WHERE name = ? AND owner = ?",
					Timestamp.from(Instant.EPOCH.plusSeconds(86_400)), NAME, owner);
		}

	}

}
