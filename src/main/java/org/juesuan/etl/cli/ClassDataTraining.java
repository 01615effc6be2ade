package org.juesuan.etl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * Writes a new build's CDS archive from a training run rather than from whatever the
 * operator runs first: the archive holds the classes of the run that wrote it, and one
 * written by an empty import (or by {@code check}) lacks the readers, the narrative and
 * the outputs; a 1,000-department import then ran 15-20 % slower than with an archive of
 * a full import (README, "Start-up and the JVM"). The training imports a small generated
 * district ({@value #DEPARTMENTS} departments: both template sets, {@code .xlsx} and
 * {@code .xls}, every layout variant) into an embedded store of its own in a temporary
 * folder, in a child JVM that writes the archive as it exits. It reads nothing of the
 * operator's: it runs in that folder (no {@code config/}), without the {@code SPRING_*}
 * and {@code JUESUAN_*} environment, with the store's URL on its command line.
 */
final class ClassDataTraining {

	/** The generated district's size: each of the corpus's twelve shapes once. */
	static final int DEPARTMENTS = 12;

	/** The embedded store the training imports into, in its own folder. */
	static final String STORE = "jdbc:h2:file:./output/db/juesuan;NON_KEYWORDS=YEAR,VALUE";

	private final String java;

	private final Path jar;

	private final long timeoutSeconds;

	ClassDataTraining(String java, Path jar, long timeoutSeconds) {
		this.java = java;
		this.jar = jar;
		this.timeoutSeconds = timeoutSeconds;
	}

	/**
	 * Runs the training, its archive written to {@code archive} (the caller checks that
	 * one was: a generation or import that failed or ran out of time wrote none).
	 * @param options the child's JVM options: the compiler's, the archive's and the
	 * operator's, as for the command itself
	 */
	void run(List<String> options, Path archive) throws IOException, InterruptedException {
		Path work = Files.createTempDirectory("juesuan-cds-training-");
		try {
			List<String> generate = List.of(java, "-D" + TunedJvm.CHILD + "=true", "-jar", jar.toString(), "generate",
					"--departments", Integer.toString(DEPARTMENTS), "--out", "district", "--seed", "2024");
			if (quietly(generate, work)) {
				List<String> train = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive));
				train.addAll(options);
				train.addAll(importCommand(jar));
				quietly(train, work);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	/** The training's command after its JVM options. */
	static List<String> importCommand(Path jar) {
		return List.of("-D" + TunedJvm.CHILD + "=true", "-jar", jar.toString(), "import", "--input", "district",
				"--spring.datasource.url=" + STORE, "--spring.datasource.username=sa", "--spring.datasource.password=",
				"--juesuan.output=output");
	}

	/** The environment of the operator's that could point the training elsewhere. */
	static void scrub(Map<String, String> environment) {
		environment.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("JUESUAN_"));
	}

	/**
	 * Runs the command in {@code work}, its output discarded; whether it ended in time.
	 */
	private boolean quietly(List<String> command, Path work) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		scrub(builder.environment());
		Process p = builder.start();
		if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			p.waitFor(10, TimeUnit.SECONDS);
			return false;
		}
		return true;
	}

}
