package org.juesuan.etl.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap (the sum of the heap pools' peak usage since the last {@link #reset}) and
 * peak RSS ({@code VmHWM} of {@code /proc/self/status}, reset through
 * {@code /proc/self/clear_refs} where the kernel allows it).
 */
final class MemoryProbe {

	private MemoryProbe() {
	}

	/** Collects garbage and starts a new peak. */
	static void reset() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		try {
			Files.writeString(Path.of("/proc/self/clear_refs"), "5");
		}
		catch (IOException | RuntimeException notLinux) {
			// VmHWM then is the peak since the process started
		}
	}

	/** Peak heap in MiB since the last reset. */
	static long peakHeapMb() {
		long bytes = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
		return bytes >> 20;
	}

	/** Peak resident set in MiB, or -1 when {@code /proc} has none. */
	static long peakRssMb() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(l -> l.startsWith("VmHWM:"))
				.mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
				.findFirst()
				.orElse(-1L << 10) >> 10;
		}
		catch (IOException e) {
			return -1;
		}
	}

}
