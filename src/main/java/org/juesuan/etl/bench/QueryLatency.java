package org.juesuan.etl.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.juesuan.etl.JuesuanEtlApplication;

/**
 * What an analyst waits for: a simple question
 * ({@code query "SELECT department, expenditure_total_yuan FROM
 * v_department_summary"}) run as its own process on the store just loaded, three times,
 * the median wall time (JVM start included). On H2 it connects as the reader account; on
 * MariaDB, where the bench creates no reader account, with the loader's credentials (the
 * path is the same).
 */
final class QueryLatency {

	private static final int RUNS = 3;

	private QueryLatency() {
	}

	static double measure(Map<String, Object> store) throws IOException, InterruptedException {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			Process p = new ProcessBuilder(command(store)).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
				p.destroyForcibly();
				return Double.NaN;
			}
			times.add((System.nanoTime() - start) / 1e9);
		}
		times.sort(Double::compare);
		return times.get(RUNS / 2);
	}

	private static List<String> command(Map<String, Object> store) {
		List<String> cmd = new ArrayList<>();
		cmd.add(ProcessHandle.current().info().command().orElse("java"));
		String classPath = System.getProperty("java.class.path");
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
			cmd.addAll(List.of("-jar", classPath));
		}
		else {
			cmd.addAll(List.of("-cp", classPath, JuesuanEtlApplication.class.getName()));
		}
		cmd.addAll(List.of("query", "SELECT department, expenditure_total_yuan FROM v_department_summary",
				"--spring.datasource.url=" + store.get("spring.datasource.url")));
		if (store.containsKey("spring.datasource.username")) {
			cmd.add("--juesuan.query.username=" + store.get("spring.datasource.username"));
			cmd.add("--juesuan.query.password=" + store.get("spring.datasource.password"));
		}
		return cmd;
	}

}
