package org.juesuan.etl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.util.FileSystemUtils;

/**
 * A database the bench imports into, emptied before each run: embedded H2 in the run's
 * folder, or a MariaDB database.
 */
public sealed interface BenchTarget {

	String name();

	/** Empties the store and returns the datasource properties for it. */
	Map<String, Object> fresh(Path work) throws Exception;

	/**
	 * CPU seconds the database server has used so far, when it is a process of its own on
	 * this machine; NaN otherwise (embedded H2 works in the bench's own threads).
	 */
	default double serverCpuSeconds() {
		return Double.NaN;
	}

	/** Embedded H2, a file under the run's folder. */
	record H2() implements BenchTarget {
		@Override
		public String name() {
			return "h2";
		}

		@Override
		public Map<String, Object> fresh(Path work) {
			delete(work.resolve("db"));
			return Map.of("spring.datasource.url",
					"jdbc:h2:file:" + work.resolve("db/juesuan").toAbsolutePath() + ";NON_KEYWORDS=YEAR,VALUE");
		}
	}

	/** A MariaDB (or MySQL) database, dropped and created for each run. */
	record MariaDb(String host, String database, String user, String password) implements BenchTarget {
		@Override
		public String name() {
			return "mariadb";
		}

		@Override
		public Map<String, Object> fresh(Path work) throws Exception {
			String server = "jdbc:mysql://" + host + "/";
			BenchRun.admin(server, user, password, "DROP DATABASE IF EXISTS " + database);
			BenchRun.admin(server, user, password,
					"CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
			return Map.of("spring.datasource.url", "jdbc:mysql://" + host + "/" + database,
					"spring.datasource.username", user, "spring.datasource.password", password);
		}

		/**
		 * The local {@code mariadbd} (or {@code mysqld}) process's user and system time,
		 * from {@code /proc}: on two cores the server's work competes with the import's.
		 */
		@Override
		public double serverCpuSeconds() {
			if (!host.startsWith("127.") && !host.startsWith("localhost")) {
				return Double.NaN;
			}
			// NaN when not found (another user's process may not show its command)
			return ProcessHandle.allProcesses()
				.filter(p -> p.info()
					.command()
					.map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld"))
					.orElse(false))
				.mapToDouble(p -> ProcStat.cpuSeconds(p.pid()))
				.filter(s -> !Double.isNaN(s))
				.reduce(Double::sum)
				.orElse(Double.NaN);
		}
	}

	static void delete(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
