package org.juesuan.etl.pipeline;

import org.juesuan.etl.ingest.IngestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Makes the connection pool at least as large as the steps' threads need: each ingest
 * thread stores its packages in a transaction of its own and each check thread loads
 * figures, beside the chunk's transaction and the check writer's on the step's own
 * thread. A pool smaller than that (Hikari's default is 10; a 16-core server runs 16
 * threads) would make a thread wait {@code connection-timeout} for a connection and fail
 * the step.
 */
@Component
class ConnectionPoolSize implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(ConnectionPoolSize.class);

	/** Connections beyond the worker threads: the chunk's, the writer's, one to spare. */
	static final int STEP_CONNECTIONS = 4;

	private final ObjectProvider<IngestProperties> ingest;

	private final ObjectProvider<CheckProperties> check;

	ConnectionPoolSize(ObjectProvider<IngestProperties> ingest, ObjectProvider<CheckProperties> check) {
		this.ingest = ingest;
		this.check = check;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari) {
			int needed = needed(ingest.getObject().readerThreads(), check.getObject().workerThreads());
			if (hikari.getMaximumPoolSize() < needed) {
				log.debug("connection pool: {} connections for the steps' threads (was {})", needed,
						hikari.getMaximumPoolSize());
				hikari.setMaximumPoolSize(needed);
			}
		}
		return bean;
	}

	static int needed(int ingestThreads, int checkThreads) {
		return Math.max(ingestThreads, checkThreads) + STEP_CONNECTIONS;
	}

}
