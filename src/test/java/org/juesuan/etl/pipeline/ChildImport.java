package org.juesuan.etl.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The application as the operator runs it: a separate JVM ({@code -Xmx512m}, the test's
 * class path) running {@code import} in its own working directory, its console captured
 * in a file, that a test can watch, kill with SIGKILL ({@code destroyForcibly}) or wait
 * for.
 */
final class ChildImport {

	private final Process process;

	private final Path console;

	private ChildImport(Process process, Path console) {
		this.process = process;
		this.console = console;
	}

	/**
	 * Starts {@code import} in {@code workDir} on the store at {@code url}, with the
	 * extra {@code --name=value} arguments.
	 */
	static ChildImport start(Path workDir, String url, String user, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", classPath(),
				"org.juesuan.etl.JuesuanEtlApplication", "import", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=", "--juesuan.lock.heartbeat=1s",
				"--juesuan.lock.stale-after=4s", "--logging.level.org.flywaydb.core.internal.command=INFO"));
		command.addAll(List.of(arguments));
		Files.createDirectories(workDir);
		Path console = Files.createTempFile(workDir, "console", ".txt");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(console.toFile())
			.start();
		return new ChildImport(process, console);
	}

	/**
	 * Waits until a console line matches; false when the process ended or the time ran
	 * out first.
	 */
	boolean awaitLine(Predicate<String> line, Duration timeout) throws Exception {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (lines().stream().anyMatch(line)) {
				return true;
			}
			if (!process.isAlive()) {
				return false;
			}
			Thread.sleep(20);
		}
		return false;
	}

	/** Waits until {@code count} console lines match. */
	boolean awaitLines(Predicate<String> line, int count, Duration timeout) throws Exception {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end && process.isAlive()) {
			if (lines().stream().filter(line).count() >= count) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	boolean alive() {
		return process.isAlive();
	}

	/** SIGKILL, as {@code kill -9}: no shutdown hook, no finally block runs. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * The exit status, or -1 (the process killed) when it has not ended within
	 * {@code timeout}.
	 */
	int await(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			kill();
			return -1;
		}
		return process.exitValue();
	}

	List<String> lines() throws IOException {
		return List.of(new String(Files.readAllBytes(console), StandardCharsets.UTF_8).split("\n"));
	}

	String console() throws IOException {
		return String.join("\n", lines());
	}

	private static String classPath() {
		return String.join(File.pathSeparator, Path.of("target/classes").toAbsolutePath().toString(),
				Path.of("target/test-classes").toAbsolutePath().toString(), System.getProperty("java.class.path"));
	}

	/** Copies the committed sample input to {@code to}. */
	static Path copySampleInput(Path to) throws IOException {
		Path from = ImportJobFunctionalTests.SAMPLE_INPUT;
		try (var paths = Files.walk(from)) {
			for (Path p : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
		return to;
	}

}
