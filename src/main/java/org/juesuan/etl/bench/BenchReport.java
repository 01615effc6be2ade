package org.juesuan.etl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bench's table (seconds and, in brackets, multiples of the parse floor) and the
 * Markdown page around it.
 */
public final class BenchReport {

	private BenchReport() {
	}

	/** The table, one row per district size and database. */
	public static String table(List<BenchResult> results) {
		Set<String> steps = new LinkedHashSet<>();
		results.forEach(r -> steps.addAll(r.steps().keySet()));
		StringBuilder t = new StringBuilder("| departments | db | parse floor s | start-up s |");
		steps.forEach(s -> t.append(' ').append(s.replace("Step", "")).append(" s |"));
		t.append(
				" import total s | dept/s | import CPU s (× floor CPU) | server CPU s | unchanged re-run s | peak heap MiB |"
						+ " live heap MiB (its full GCs s) | peak RSS MiB | ERROR findings | query s |\n|");
		t.append("---|".repeat(14 + steps.size())).append('\n');
		for (BenchResult r : results) {
			t.append(String.format("| %d | %s | %.1f | %.1f |", r.departments(), r.db(), r.floor(), r.startup()));
			steps.forEach(s -> t.append(' ').append(timed(r, r.steps().getOrDefault(s, 0.0))).append(" |"));
			t.append(String.format(" %s | %.1f | %.1f (%.1f× %.1f) | %s | %s | %d | %d (%.1f) | %d | %d | %.2f |%n",
					timed(r, r.total()), r.perSecond(), r.cpu(), r.cpu() / r.floorCpu(), r.floorCpu(),
					Double.isNaN(r.serverCpu()) ? "–" : String.format("%.1f", r.serverCpu()), timed(r, r.rerun()),
					r.heapMb(), r.liveHeapMb(), r.liveSampleSeconds(), r.rssMb(), r.errors(), r.query()));
		}
		return t.toString();
	}

	private static String timed(BenchResult r, double seconds) {
		return String.format("%.1f (%.1f×)", seconds, r.ratio(seconds));
	}

	/** Writes the page: how to reproduce, the machine, the table. */
	public static void write(Path file, String command, String machine, List<BenchResult> results) throws IOException {
		String page = "# Benchmarks\n\n"
				+ "Written by the `bench` command (`org.juesuan.etl.bench`): for each size a district is generated\n"
				+ "(`generate`, both template sets, `.xlsx` and `.xls`), then imported by the real `importJob` into a fresh\n"
				+ "store, in an application context of its own, imported again unchanged, then once more reading every\n"
				+ "package for the live heap; the bench's JVM is started by the launcher as an operator's `import` is\n"
				+ "(`TunedJvm`: on two cores, C2's thresholds raised and its inlining lean; the trained CDS archive), so the\n"
				+ "imports run as theirs do. Start-up is `java -jar … import` of an empty\n"
				+ "folder as a process of its own, JVM start and launcher included (median of three after an untimed first\n"
				+ "run, which also extracts the jar and trains the CDS archive; on a store already migrated). Step\n"
				+ "times are Spring Batch's step executions; figure load, narrative and audit are the check step's phases, in\n"
				+ "seconds summed over its threads (the step's wall time is `check`). The bracket is the multiple of the\n"
				+ "**parse floor**: the same workbooks read by POI's event APIs (SAX over `XSSFReader`,\n"
				+ "`HSSFEventFactory`), cell values only, on every core, in a JVM of its own with the JVM's default compiler\n"
				+ "options (read once untimed, then timed).\n"
				+ "Peak heap is the sum of the heap pools' peaks during the timed import (garbage included). Live heap is\n"
				+ "what an import holds: the largest heap left by a full collection, one every "
				+ BenchRun.LIVE_SAMPLE.toMillis() / 1000.0 + " s during the third import\n"
				+ "(every package read again) and one at its end (the bracket: the seconds those collections took; they\n"
				+ "made the import they sampled slower, so no time is taken from it; what is live moves by tens of MiB\n"
				+ "from one second to the next, so the sample is frequent); a young\n"
				+ "collection's leftover is no measure, since with G1 and a large heap old garbage stays until a concurrent\n"
				+ "cycle, which may never come. Peak RSS is `VmHWM`. CPU seconds (the\n"
				+ "process's, all threads) are given beside wall time because they hardly depend on what else the machine runs;\n"
				+ "server CPU is the local MariaDB server's (`mariadbd`, from `/proc`) during the same import, which on two\n"
				+ "cores competes with the import for them (embedded H2's work is in the import's own CPU).\n\n"
				+ "## Reproduce\n\n```\n" + command + "\n```\n\n## Machine\n\n" + machine + "\n\n## Results\n\n"
				+ table(results);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, page);
	}

}
