package org.juesuan.etl.pipeline;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link HugeInputFunctionalTests} loading into MariaDB: the huge inputs are refused the
 * same way whatever the store.
 */
@ExtendWith(MariaDbAvailable.class)
class HugeInputMariaDbFunctionalTests extends HugeInputFunctionalTests {

	private String url;

	@Override
	protected String storeUrl() {
		if (url == null) {
			url = MariaDb.fresh("juesuan_it_huge");
		}
		return url;
	}

	@Override
	protected String storeUser() {
		return "root";
	}

}
