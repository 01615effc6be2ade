package org.juesuan.etl.pipeline;

import org.juesuan.etl.store.EmptyStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every whole-run functional test starts from: the launcher of the job, the store,
 * and an empty store before each test. A subclass says its own {@code @SpringBootTest}
 * (its database and settings).
 */
public abstract class ImportFunctionalTest {

	@Autowired
	protected ImportLauncher launcher;

	@Autowired
	protected JdbcTemplate jdbc;

	@BeforeEach
	void emptyStore() {
		EmptyStore.empty(jdbc);
	}

}
