package org.juesuan.etl.bench;

import java.util.Map;

/**
 * One measured import of a generated district.
 *
 * @param departments how many departments
 * @param db {@code h2} or {@code mariadb}
 * @param floor seconds the parse floor took for the same workbooks
 * @param startup seconds of {@code import} of an empty input folder as a process of its
 * own, JVM start included (median of three, on a store already migrated)
 * @param steps seconds per step of importJob, in the order they ran (Spring Batch's step
 * executions), the check step followed by its phases (figure load, narrative, audit:
 * seconds summed over its threads, {@code CheckTimes})
 * @param total seconds of the whole import job, wall time
 * @param cpu CPU seconds the process used during the import, against {@code floorCpu} for
 * the floor: far less sensitive than wall time to other work on the machine
 * @param serverCpu CPU seconds the database server used during the import when it runs on
 * this machine (MariaDB), else NaN
 * @param rerun seconds of an immediate second import of the unchanged district
 * @param heapMb peak heap during the import, MiB (sum of the heap pools' peaks)
 * @param liveHeapMb live heap during the import, MiB: the largest heap left by a full
 * collection, one every {@code BenchRun.LIVE_SAMPLE} (and one at its end)
 * @param liveSampleSeconds seconds those collections took, included in {@code total}
 * @param rssMb peak resident set during the import, MiB
 * @param errors ERROR findings the import reported (a generated district has none)
 * @param query seconds of a simple {@code query} (the departments' totals) as a process
 * of its own, JVM start included (median of three), on the store just loaded
 */
public record BenchResult(int departments, String db, double floor, double startup, Map<String, Double> steps,
		double total, double cpu, double serverCpu, double floorCpu, double rerun, long heapMb, long liveHeapMb,
		double liveSampleSeconds, long rssMb, int errors, double query) {

	public BenchResult {
		steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
	}

	public double perSecond() {
		return departments / total;
	}

	/** {@code seconds} as a multiple of the parse floor. */
	public double ratio(double seconds) {
		return seconds / floor;
	}
}
