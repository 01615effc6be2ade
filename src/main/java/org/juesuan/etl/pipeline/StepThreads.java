package org.juesuan.etl.pipeline;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads a step processes its items on (the ingest step's readers, the check step's
 * checkers): a fixed pool, daemon threads named after the step.
 */
final class StepThreads {

	private StepThreads() {
	}

	static AsyncTaskExecutor pool(String namePrefix, int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix(namePrefix);
		executor.setDaemon(true);
		executor.initialize();
		return executor;
	}

}
