package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.JuesuanEtlApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that accepts connections and never answers (a hung server, a firewall that
 * swallows packets) fails the run within the configured timeout, with one line on the
 * console and the full trace in the log file.
 */
class StartupFailureFunctionalTests {

	@TempDir
	Path output;

	@Test
	void anH2FileHeldByAnotherProcessIsBusyNotBroken() throws Exception {
		Path db = output.resolve("db/juesuan");
		String url = "jdbc:h2:file:" + db + ";NON_KEYWORDS=YEAR,VALUE";
		String h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				h2, "org.h2.tools.Shell", "-url", url, "-user", "sa", "-password", "")
			.redirectErrorStream(true)
			.start();
		try {
			while (!Files.exists(Path.of(db + ".mv.db"))) {
				Thread.sleep(100);
			}
			PrintStream original = System.out;
			ByteArrayOutputStream console = new ByteArrayOutputStream();
			System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
			int status;
			try {
				status = JuesuanEtlApplication.run("check", "--spring.datasource.url=" + url,
						"--juesuan.output=" + output);
			}
			finally {
				System.setOut(original);
			}
			assertThat(status).isEqualTo(3);
			assertThat(console.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList())
				.singleElement()
				.asString()
				.contains("另一个进程");
		}
		finally {
			holder.destroy();
			holder.waitFor();
		}
	}

	/**
	 * The file the log is written to: set by the first application of this JVM (a test
	 * JVM runs many).
	 */
	private static Path logFile() {
		var context = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
		var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		for (var it = root.iteratorForAppenders(); it.hasNext();) {
			if (it.next() instanceof ch.qos.logback.core.FileAppender<?> file) {
				return Path.of(file.getFile());
			}
		}
		throw new AssertionError("no log file configured");
	}

	@Test
	void aSilentDatabaseFailsFastWithOneLine() throws Exception {
		List<Socket> held = new ArrayList<>();
		try (ServerSocket silent = new ServerSocket(0)) {
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						held.add(silent.accept());
					}
				}
				catch (java.io.IOException closed) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			PrintStream original = System.out;
			ByteArrayOutputStream console = new ByteArrayOutputStream();
			System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
			long start = System.nanoTime();
			int status;
			try {
				status = JuesuanEtlApplication.run("import",
						"--spring.datasource.url=jdbc:mysql://127.0.0.1:" + silent.getLocalPort() + "/juesuan",
						"--juesuan.store.connect-timeout=2s", "--juesuan.store.socket-timeout=2s",
						"--juesuan.output=" + output);
			}
			finally {
				System.setOut(original);
			}
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(status).isEqualTo(1);
			assertThat(took).isLessThan(Duration.ofSeconds(20));
			List<String> lines = console.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
			assertThat(lines).hasSize(1);
			assertThat(lines.get(0)).contains("无法启动").contains("数据库不可用");
			assertThat(Files.readString(logFile())).contains("\tat ").contains("SocketTimeoutException");
		}
		finally {
			for (Socket s : held) {
				s.close();
			}
		}
	}

}
