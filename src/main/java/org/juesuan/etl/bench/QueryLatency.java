package org.juesuan.etl.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	static double measure(Map<String, Object> store) throws Exception {
		return ChildJvm.medianSeconds(command(store), RUNS);
	}

	private static List<String> command(Map<String, Object> store) {
		List<String> args = new ArrayList<>(
				List.of("query", "SELECT department, expenditure_total_yuan FROM v_department_summary",
						"--spring.datasource.url=" + store.get("spring.datasource.url")));
		if (store.containsKey("spring.datasource.username")) {
			args.add("--juesuan.query.username=" + store.get("spring.datasource.username"));
			args.add("--juesuan.query.password=" + store.get("spring.datasource.password"));
		}
		return ChildJvm.command(args);
	}

}
