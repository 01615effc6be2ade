package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Departments are found by the hash of their name, which the migration computes the same
 * way for older rows.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:department-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class DepartmentRepositoryIntegrationTests {

	@Autowired
	DepartmentRepository departments;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void empty() {
		EmptyStore.empty(jdbc);
	}

	@Test
	void aLongNameIsStoredWholeAndFoundAgain() {
		String name = "攀枝花市东区" + "很长的单位名称".repeat(300);

		long id = departments.idOf(name);

		assertThat(departments.idOf(name)).isEqualTo(id);
		assertThat(departments.idOf(name + "乙")).isNotEqualTo(id);
		assertThat(jdbc.queryForObject("SELECT name FROM department WHERE id = ?", String.class, id)).isEqualTo(name);
	}

	@Test
	void theMigrationHashesNamesAsTheCodeDoes() {
		String name = "攀枝花市东区 电子政务 ";
		assertThat(
				jdbc.queryForObject("SELECT LOWER(RAWTOHEX(HASH('SHA-256', CAST(? AS VARCHAR))))", String.class, name))
			.isEqualTo(DepartmentRepository.key(name));
	}

}
