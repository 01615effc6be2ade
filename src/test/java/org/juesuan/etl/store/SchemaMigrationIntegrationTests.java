package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.juesuan.etl.pipeline.MariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Every migration re-runs over its own changes (what a run killed after its last
 * statement but before Flyway recorded it leaves), and a history left with a failed
 * migration or an old checksum is repaired at start, on H2 and on MariaDB (when
 * reachable, or always with CI=true); a migration edited after it was applied stops the
 * start.
 */
class SchemaMigrationIntegrationTests {

	@Test
	void h2() {
		rerunEveryMigration("jdbc:h2:mem:schema-migration-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE", "sa", "h2");
	}

	@Test
	void anAppliedMigrationEditedSinceStopsTheStart() {
		String url = "jdbc:h2:mem:schema-migration-edited;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE";
		try (SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "sa", "", true)) {
			new SchemaMigration().migrate(flyway(ds, "h2", "latest"));
			JdbcTemplate jdbc = new JdbcTemplate(ds);
			jdbc.update("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = ?",
					String.valueOf(SchemaMigration.REWRITTEN_UP_TO + 1));

			assertThatExceptionOfType(FlywayValidateException.class)
				.isThrownBy(() -> new SchemaMigration().migrate(flyway(ds, "h2", "latest")))
				.withMessageContaining("checksum mismatch");
			assertThat(jdbc.queryForObject("SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = ?",
					Integer.class, String.valueOf(SchemaMigration.REWRITTEN_UP_TO + 1)))
				.as("not repaired")
				.isEqualTo(42);
		}
	}

	@Test
	void mariaDb() throws Exception {
		assumeTrue("true".equalsIgnoreCase(System.getenv("CI")) || MariaDb.reachable(),
				"MariaDB not reachable (skipped outside CI)");
		try (Connection con = DriverManager.getConnection(MariaDb.SERVER + "test" + MariaDb.OPTIONS, "root", "");
				Statement st = con.createStatement()) {
			st.execute("DROP DATABASE IF EXISTS juesuan_it_rerun");
			st.execute("CREATE DATABASE juesuan_it_rerun CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
		rerunEveryMigration(MariaDb.SERVER + "juesuan_it_rerun" + MariaDb.OPTIONS, "root", "mysql");
	}

	private static void rerunEveryMigration(String url, String user, String vendor) {
		try (SingleConnectionDataSource ds = new SingleConnectionDataSource(url, user, "", true)) {
			JdbcTemplate jdbc = new JdbcTemplate(ds);
			String q = vendor.equals("h2") ? "\"" : "`";
			String history = q + "flyway_schema_history" + q;
			for (MigrationVersion version : versions(ds, vendor)) {
				flyway(ds, vendor, version.getVersion()).migrate();
				jdbc.update("DELETE FROM " + history + " WHERE " + q + "version" + q + " = ?", version.getVersion());

				assertThat(flyway(ds, vendor, version.getVersion()).migrate().success).as("V%s re-run", version)
					.isTrue();
			}
			List<MigrationVersion> all = versions(ds, vendor);
			String latest = all.get(all.size() - 1).getVersion();
			// a run killed inside the latest migration leaves it failed (a failed earlier
			// one would block the later ones)
			jdbc.update(
					"UPDATE " + history + " SET " + q + "success" + q + " = FALSE WHERE " + q + "version" + q + " = ?",
					latest);
			jdbc.update(
					"UPDATE " + history + " SET " + q + "checksum" + q + " = 42 WHERE " + q + "version" + q + " = '2'");

			new SchemaMigration().migrate(flyway(ds, vendor, "latest"));

			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + history + " WHERE NOT " + q + "success" + q,
					Integer.class))
				.isZero();
			assertThat(flyway(ds, vendor, "latest").validateWithResult().validationSuccessful).isTrue();
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class)).isZero();
		}
	}

	private static List<MigrationVersion> versions(SingleConnectionDataSource ds, String vendor) {
		return List.of(flyway(ds, vendor, "latest").info().all()).stream().map(i -> i.getVersion()).toList();
	}

	private static Flyway flyway(SingleConnectionDataSource ds, String vendor, String target) {
		return SchemaMigration
			.withPlaceholders(Flyway.configure()
				.dataSource(ds)
				.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
				.target(target))
			.load();
	}

}
