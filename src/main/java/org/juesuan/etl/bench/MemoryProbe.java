package org.juesuan.etl.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap (the sum of the heap pools' peak usage since the last {@link #reset}), live
 * heap (what the run holds: the heap left by a full collection, {@link #sampleLive taken
 * often} during a run) and peak RSS ({@code VmHWM} of {@code /proc/self/status}, reset
 * through {@code /proc/self/clear_refs} where the kernel allows it).
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

	/**
	 * Starts collecting garbage every {@code interval} on a thread of its own, noting the
	 * heap each full collection leaves, until {@link LiveHeap#close closed} (which takes
	 * a last sample). A young collection's leftover is no measure of what a run holds:
	 * with G1 and a large maximum heap, old garbage stays until a concurrent cycle marks
	 * it, which may never come in a run, so that leftover grows with the run's length. A
	 * full collection leaves only what is reachable; its pause (a tenth of a second or so
	 * for a few hundred MiB) is the price, paid once per interval.
	 */
	static LiveHeap sampleLive(Duration interval) {
		return new LiveHeap(interval);
	}

	/** The largest heap left by a full collection while it ran. */
	static final class LiveHeap implements AutoCloseable {

		private final AtomicLong peak = new AtomicLong();

		private final AtomicLong collecting = new AtomicLong();

		private final Thread sampler;

		private volatile boolean running = true;

		private LiveHeap(Duration interval) {
			sampler = new Thread(() -> {
				while (running) {
					try {
						Thread.sleep(interval.toMillis());
					}
					catch (InterruptedException closed) {
						return;
					}
					sample();
				}
			}, "live-heap-sampler");
			sampler.setDaemon(true);
			sampler.start();
		}

		/**
		 * A sample, once a full collection took place: HotSpot skips {@code System.gc()}
		 * while a thread holds the GC locker (the zip inflater reading a workbook does),
		 * and the heap then still holds the garbage; tried up to five times.
		 */
		private void sample() {
			for (int attempt = 0; attempt < 5; attempt++) {
				long before = fullCollections();
				long start = System.nanoTime();
				System.gc();
				collecting.addAndGet(System.nanoTime() - start);
				long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
				if (fullCollections() > before) {
					peak.accumulateAndGet(used, Math::max);
					return;
				}
			}
		}

		/**
		 * Collections by the old-generation collector ("G1 Old Generation", "PS
		 * MarkSweep" …).
		 */
		private static long fullCollections() {
			return ManagementFactory.getGarbageCollectorMXBeans()
				.stream()
				.filter(c -> c.getName().contains("Old") || c.getName().contains("MarkSweep"))
				.mapToLong(GarbageCollectorMXBean::getCollectionCount)
				.sum();
		}

		/** MiB. */
		long peakMb() {
			return peak.get() >> 20;
		}

		/**
		 * Seconds the samples' collections took: the run's wall time includes them (the
		 * other threads stop while the heap is collected).
		 */
		double seconds() {
			return collecting.get() / 1e9;
		}

		@Override
		public void close() throws InterruptedException {
			running = false;
			sampler.interrupt();
			sampler.join();
			sample();
		}

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
