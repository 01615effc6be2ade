package org.juesuan.etl.store;

import org.juesuan.etl.pipeline.MariaDb;
import org.juesuan.etl.pipeline.MariaDbAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link RunLockIntegrationTests} on MariaDB (its duplicate-key error and timestamps).
 */
@ExtendWith(MariaDbAvailable.class)
class RunLockMariaDbIntegrationTests extends RunLockIntegrationTests {

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "juesuan_it_lock");
	}

}
