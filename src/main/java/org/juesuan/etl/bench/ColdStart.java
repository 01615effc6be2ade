package org.juesuan.etl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start-up an operator waits for: {@code import} of an empty input folder as a
 * process of its own, JVM start included, on a store of the target that already holds the
 * schema (a first, untimed run migrates it): the median wall time of three runs. It is
 * all fixed cost — the JVM, the Spring context, Flyway's validation, the templates and
 * rules, and the job's steps (which write nothing for an empty input).
 */
final class ColdStart {

	private static final int RUNS = 3;

	private ColdStart() {
	}

	static double measure(BenchTarget target, Path work) throws Exception {
		Path input = Files.createDirectories(work.resolve("empty-input"));
		List<String> command = command(target.fresh(work), input, work.resolve("output"));
		ChildJvm.medianSeconds(command, 1);
		return ChildJvm.medianSeconds(command, RUNS);
	}

	private static List<String> command(Map<String, Object> store, Path input, Path output) {
		List<String> args = new ArrayList<>(
				List.of("import", "--input", input.toString(), "--juesuan.output=" + output));
		store.forEach((name, value) -> args.add("--" + name + "=" + value));
		return ChildJvm.command(args);
	}

}
