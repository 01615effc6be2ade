package org.juesuan.etl.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap (the sum of the heap pools' peak usage since the last {@link #reset}), peak
 * live heap (the largest heap left after a garbage collection since then: what the run
 * held, not the garbage G1 had no reason to collect yet) and peak RSS ({@code VmHWM} of
 * {@code /proc/self/status}, reset through {@code /proc/self/clear_refs} where the kernel
 * allows it).
 */
final class MemoryProbe {

	private static final AtomicLong peakLive = new AtomicLong();

	static {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(MemoryProbe::collected, null, null);
			}
		}
	}

	private MemoryProbe() {
	}

	private static void collected(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long heap = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
			if (pool.getType() == MemoryType.HEAP && after != null) {
				heap += after.getUsed();
			}
		}
		peakLive.accumulateAndGet(heap, Math::max);
	}

	/** Collects garbage and starts a new peak. */
	static void reset() {
		System.gc();
		peakLive.set(0);
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
	 * The largest heap in use right after a collection since the last reset, MiB (0 if no
	 * collection ran).
	 */
	static long peakLiveHeapMb() {
		return peakLive.get() >> 20;
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
