package org.juesuan.etl.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link CrashRecoveryFunctionalTests} on MariaDB, whose DDL commits statement by
 * statement.
 */
@ExtendWith(MariaDbAvailable.class)
class CrashRecoveryMariaDbFunctionalTests extends CrashRecoveryFunctionalTests {

	@Override
	protected Store freshStore(String name) {
		return new Store(MariaDb.fresh("juesuan_it_crash_" + name), "root");
	}

}
