package org.juesuan.etl.store;

import org.juesuan.etl.pipeline.MariaDb;
import org.juesuan.etl.pipeline.MariaDbAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same on MariaDB, where concurrent deletes and inserts of neighbouring departments
 * could wait on each other's gap locks.
 */
@ExtendWith(MariaDbAvailable.class)
class ConcurrentSaveMariaDbIntegrationTests extends ConcurrentSaveIntegrationTests {

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "juesuan_it_concurrent");
	}

}
