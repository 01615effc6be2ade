package org.juesuan.etl.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ImportJobFunctionalTests} against MariaDB: the same migrations, job and views on
 * MySQL/MariaDB.
 */
@ExtendWith(MariaDbAvailable.class)
class ImportJobMariaDbFunctionalTests extends ImportJobFunctionalTests {

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "juesuan_it_import");
	}

}
