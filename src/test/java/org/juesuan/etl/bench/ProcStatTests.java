package org.juesuan.etl.bench;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@EnabledOnOs(OS.LINUX)
class ProcStatTests {

	@Test
	void readsThisProcessCpuTimeAsTheJvmCountsIt() {
		burn();
		double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
		double proc = ProcStat.cpuSeconds(ProcessHandle.current().pid());

		assertThat(proc).isGreaterThan(0).isCloseTo(jvm, within(0.5));
	}

	@Test
	void aProcessThatIsNotThereHasNoCpuTime() {
		assertThat(ProcStat.cpuSeconds(Long.MAX_VALUE)).isNaN();
	}

	private static void burn() {
		long x = 0;
		for (long i = 0; i < 50_000_000L; i++) {
			x += i % 7;
		}
		assertThat(x).isPositive();
	}

}
