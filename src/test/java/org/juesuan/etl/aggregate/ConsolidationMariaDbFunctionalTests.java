package org.juesuan.etl.aggregate;

import org.juesuan.etl.pipeline.MariaDb;
import org.juesuan.etl.pipeline.MariaDbAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ConsolidationFunctionalTests} against MariaDB: the consolidation's SQL and views
 * on MySQL/MariaDB.
 */
@ExtendWith(MariaDbAvailable.class)
class ConsolidationMariaDbFunctionalTests extends ConsolidationFunctionalTests {

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "juesuan_it_outputs");
	}

}
