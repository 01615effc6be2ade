package org.juesuan.etl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the bench ran on: cores, memory, Java, and how busy the machine was (its load
 * average).
 */
public final class Machine {

	private Machine() {
	}

	public static String describe() {
		return String.format(
				"- cores (`nproc`): %d%n- memory: %s%n- java: %s %s (%s)%n- max heap: %d MiB%n- load average at start: %s",
				Runtime.getRuntime().availableProcessors(), line("/proc/meminfo", "MemTotal:"),
				System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
				System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20, first("/proc/loadavg"));
	}

	private static String line(String file, String prefix) {
		try {
			return Files.readAllLines(Path.of(file))
				.stream()
				.filter(l -> l.startsWith(prefix))
				.map(l -> l.substring(prefix.length()).trim())
				.findFirst()
				.orElse("?");
		}
		catch (IOException e) {
			return "?";
		}
	}

	private static String first(String file) {
		try {
			return Files.readString(Path.of(file)).trim();
		}
		catch (IOException e) {
			return "?";
		}
	}

}
