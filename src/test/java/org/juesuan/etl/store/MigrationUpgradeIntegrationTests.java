package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.juesuan.etl.pipeline.MariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A store made before the long-names migration (V21) keeps its departments: each gets the
 * key the code computes, and the wider columns take long names, on H2 and on MariaDB
 * (when reachable, or always with CI=true).
 */
class MigrationUpgradeIntegrationTests {

	@Test
	void h2() throws Exception {
		upgrade("jdbc:h2:mem:upgrade-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE", "sa", "h2");
	}

	@Test
	void mariaDb() throws Exception {
		assumeTrue("true".equalsIgnoreCase(System.getenv("CI")) || MariaDb.reachable(),
				"MariaDB not reachable (skipped outside CI)");
		try (Connection con = DriverManager.getConnection(MariaDb.SERVER + "test" + MariaDb.OPTIONS, "root", "");
				Statement st = con.createStatement()) {
			st.execute("DROP DATABASE IF EXISTS juesuan_it_upgrade");
			st.execute("CREATE DATABASE juesuan_it_upgrade CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
		upgrade(MariaDb.SERVER + "juesuan_it_upgrade" + MariaDb.OPTIONS, "root", "mysql");
	}

	private static void upgrade(String url, String user, String vendor) throws Exception {
		try (SingleConnectionDataSource ds = new SingleConnectionDataSource(url, user, "", true)) {
			SchemaMigration.withPlaceholders(Flyway.configure().dataSource(ds))
				.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
				.target("4")
				.load()
				.migrate();
			JdbcTemplate jdbc = new JdbcTemplate(ds);
			jdbc.update("INSERT INTO department (name) VALUES ('攀枝花市东区教育和体育局')");

			SchemaMigration.withPlaceholders(Flyway.configure().dataSource(ds))
				.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
				.load()
				.migrate();

			assertThat(new DepartmentRepository(jdbc).idOf("攀枝花市东区教育和体育局"))
				.isEqualTo(jdbc.queryForObject("SELECT MIN(id) FROM department", Long.class));
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department", Integer.class)).isEqualTo(1);
			new DepartmentRepository(jdbc).idOf("长".repeat(2000));
			assertThat(jdbc.queryForObject("SELECT MAX(CHAR_LENGTH(name)) FROM department", Integer.class))
				.isEqualTo(2000);
		}
	}

}
