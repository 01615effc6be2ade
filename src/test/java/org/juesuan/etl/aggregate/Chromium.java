package org.juesuan.etl.aggregate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's {@code chromium}, installed by {@code .ci/run}) for tests
 * that open a page as a user would. Without it a test is skipped locally and fails when
 * {@code CI=true}.
 */
final class Chromium {

	private Chromium() {
	}

	static Path require() {
		Optional<Path> binary = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
		if (binary.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(
					"CI=true: chromium is required to render the HTML report (apt-get install chromium)");
		}
		Assumptions.assumeTrue(binary.isPresent(), "chromium not installed (skipped outside CI)");
		return binary.get();
	}

	/**
	 * Runs chromium headless on {@code page} with {@code extra} arguments; returns its
	 * standard output.
	 */
	static String run(Path chromium, Path profile, Path page, String... extra)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,3000"));
		command.addAll(List.of(extra));
		command.add(page.toUri().toString());
		Path out = Files.createTempFile(profile, "stdout", ".html");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("chromium did not finish in 120 s");
		}
		return Files.readString(out, StandardCharsets.UTF_8);
	}

}
