package org.juesuan.etl.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the check step runs: on {@code threads} threads (0, the default, is one per core),
 * each checking whole department-years.
 */
@ConfigurationProperties("juesuan.check")
public record CheckProperties(Integer threads) {

	public static final CheckProperties DEFAULT = new CheckProperties(null);

	public CheckProperties {
		threads = threads == null ? 0 : threads;
		if (threads < 0) {
			throw new IllegalArgumentException("juesuan.check.threads must be 0 (one per core) or more: " + threads);
		}
	}

	/** The threads that check: {@code threads}, or one per core when it is 0. */
	public int workerThreads() {
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

}
