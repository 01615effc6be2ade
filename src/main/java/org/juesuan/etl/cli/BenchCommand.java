package org.juesuan.etl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.juesuan.etl.bench.BenchReport;
import org.juesuan.etl.bench.BenchResult;
import org.juesuan.etl.bench.BenchTarget;
import org.juesuan.etl.bench.Bench;
import org.juesuan.etl.bench.ParseFloor;
import org.juesuan.etl.bench.Machine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench [--departments 100,1000,5000] [--db h2|mariadb|both] [--out DIR] [--report FILE]}:
 * generates districts, imports each into a fresh store and prints per-step times against
 * the parse floor. Never asserts a time.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Generate districts, import them into fresh stores and report per-step times against the parse floor.")
class BenchCommand implements Callable<Integer> {

	@Option(names = "--departments", split = ",", defaultValue = "100,1000,5000",
			description = "district sizes (default: ${DEFAULT-VALUE})")
	List<Integer> sizes;

	@Option(names = "--db", defaultValue = "h2", description = "h2, mariadb or both (default: ${DEFAULT-VALUE})")
	String db;

	@Option(names = "--out", defaultValue = "target/bench",
			description = "work folder: districts, stores, reports (default: ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--report", description = "Markdown report (default: <out>/benchmarks.md), e.g. docs/benchmarks.md")
	Path report;

	@Option(names = "--seed", defaultValue = "2024", description = "generator seed (default: ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--mariadb-host", defaultValue = "127.0.0.1:3306",
			description = "MariaDB host:port (default: ${DEFAULT-VALUE})")
	String host;

	@Option(names = "--mariadb-database", defaultValue = "juesuan_bench",
			description = "dropped and created per run (default: ${DEFAULT-VALUE})")
	String database;

	@Option(names = "--mariadb-user", defaultValue = "root", description = "(default: ${DEFAULT-VALUE})")
	String user;

	@Option(names = "--mariadb-password", defaultValue = "", description = "(default: empty)")
	String password;

	@Option(names = "--floor", description = "only read DIR's workbooks as the parse floor does and print the reading "
			+ "(the bench runs this in a JVM of its own)", paramLabel = "DIR")
	Path floor;

	@Option(names = "--threads", defaultValue = "0", description = "with --floor: reading threads (0: one per core)")
	int threads;

	@Override
	public Integer call() throws Exception {
		if (floor != null) {
			int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
			ParseFloor.read(floor, n); // once to load and compile POI's classes, then
										// measured
			System.out.println(ParseFloor.line(ParseFloor.read(floor, n)));
			return 0;
		}
		List<BenchTarget> targets = new ArrayList<>();
		if (!"mariadb".equals(db)) {
			targets.add(new BenchTarget.H2());
		}
		if (!"h2".equals(db)) {
			targets.add(new BenchTarget.MariaDb(host, database, user, password));
		}
		String machine = Machine.describe();
		System.out.println(machine);
		List<BenchResult> results = new ArrayList<>();
		for (int size : sizes) {
			results.addAll(new Bench(out, seed, System.out).run(size, targets));
			System.out.println();
			System.out.print(BenchReport.table(results));
		}
		Path file = report != null ? report : out.resolve("benchmarks.md");
		BenchReport.write(file, "java -jar target/juesuan-etl.jar bench --departments " + join(sizes) + " --db " + db
				+ (report != null ? " --report " + report : ""), machine, results);
		System.out.println("report: " + file.toAbsolutePath());
		return results.stream().allMatch(r -> r.errors() == 0) ? 0 : 1;
	}

	private static String join(List<Integer> sizes) {
		return String.join(",", sizes.stream().map(String::valueOf).toList());
	}

}
