package org.juesuan.etl.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.juesuan.etl.JuesuanEtlApplication;

/**
 * The application as an operator starts it, a JVM of its own: {@code java -jar} the jar
 * the bench runs from, or, run from a class path (tests, an IDE), its main class on that
 * class path.
 */
final class ChildJvm {

	/** Set by {@code cli.TunedJvm} in the JVM it starts: the jar the operator ran. */
	private static final String LAUNCHED_JAR = "juesuan.jvm.jar";

	/**
	 * Marks a JVM as the launcher's child, so it runs the command itself, with the JVM's
	 * default compiler options.
	 */
	static final String UNTUNED = "-Djuesuan.jvm.child=true";

	private ChildJvm() {
	}

	/** {@code java … <arguments>}. */
	static List<String> command(List<String> arguments) {
		return command(List.of(), arguments);
	}

	/**
	 * {@code java <options> … <arguments>}: the jar the operator ran (when this JVM is
	 * the launcher's child, its class path is the extracted copy).
	 */
	static List<String> command(List<String> options, List<String> arguments) {
		List<String> cmd = new ArrayList<>();
		cmd.add(ProcessHandle.current().info().command().orElse("java"));
		cmd.addAll(options);
		String classPath = System.getProperty(LAUNCHED_JAR, System.getProperty("java.class.path"));
		if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
			cmd.addAll(List.of("-jar", classPath));
		}
		else {
			cmd.addAll(List.of("-cp", classPath, JuesuanEtlApplication.class.getName()));
		}
		cmd.addAll(arguments);
		return cmd;
	}

	/**
	 * The median wall time of {@code runs} runs of {@code command}, JVM start included;
	 * NaN when one fails (exit status other than 0) or takes over two minutes.
	 */
	static double medianSeconds(List<String> command, int runs) throws Exception {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Process p = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
				p.destroyForcibly();
				return Double.NaN;
			}
			times.add((System.nanoTime() - start) / 1e9);
		}
		times.sort(Double::compare);
		return times.get(runs / 2);
	}

}
