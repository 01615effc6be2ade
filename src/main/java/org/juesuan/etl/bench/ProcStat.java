package org.juesuan.etl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's CPU time as Linux's {@code /proc/<pid>/stat} gives it. */
final class ProcStat {

	/**
	 * Clock ticks per second: {@code sysconf(_SC_CLK_TCK)}, 100 on every Linux this runs
	 * on (the kernel's USER_HZ).
	 */
	private static final double TICKS = 100;

	private ProcStat() {
	}

	/**
	 * User plus system seconds, or NaN when the process or {@code /proc} is not there.
	 */
	static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// the command name, in parentheses, may hold spaces: fields count from after
			// it
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
		}
		catch (IOException | RuntimeException e) {
			return Double.NaN;
		}
	}

}
