package org.juesuan.etl.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link HostileInputFunctionalTests} on MariaDB, whose column and index limits differ
 * from H2's.
 */
@ExtendWith(MariaDbAvailable.class)
class HostileInputMariaDbFunctionalTests extends HostileInputFunctionalTests {

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "juesuan_it_hostile");
	}

}
