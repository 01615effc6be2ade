package org.juesuan.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MariaDB that stops answering in the middle of a run (a proxy in front of it stops
 * forwarding, its connections left open): the import fails within its configured
 * timeouts, with a non-zero status and one line of cause on the console, no stack trace.
 */
@ExtendWith(MariaDbAvailable.class)
class HungDatabaseMariaDbFunctionalTests {

	/** The socket timeout given to the run; the run must end within a few of them. */
	private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);

	private static final Duration BOUND = Duration.ofSeconds(60);

	@Test
	void aDatabaseThatStopsAnsweringFailsTheRunWithinItsTimeoutInOneLine(@TempDir Path work) throws Exception {
		String url = MariaDb.fresh("juesuan_it_hang");
		try (TcpProxy proxy = new TcpProxy(3306)) {
			ChildImport run = ChildImport.start(work, url.replace(":3306/", ":" + proxy.port() + "/"), "root",
					"--input=" + ChildImport.copySampleInput(work.resolve("input")),
					"--juesuan.store.socket-timeout=" + SOCKET_TIMEOUT.toSeconds() + "s",
					"--juesuan.store.connect-timeout=3s", "--spring.datasource.hikari.connection-timeout=3000");
			assertThat(run.awaitLine(line -> line.contains("[1/"), Duration.ofMinutes(3))).as(run.console()).isTrue();

			proxy.stopForwarding();
			Instant stopped = Instant.now();
			int status = run.await(BOUND);
			Duration took = Duration.between(stopped, Instant.now());

			assertThat(status).as(run.console()).isNotIn(0, -1);
			assertThat(took).isLessThan(BOUND);
			assertThat(run.lines()).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
			assertThat(run.lines()).filteredOn(line -> line.contains("ERROR 运行失败"))
				.singleElement()
				.asString()
				.contains("数据库不可用");
		}
	}

}
