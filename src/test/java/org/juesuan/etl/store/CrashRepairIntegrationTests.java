package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.result.Row;
import org.h2.table.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What a killed H2 run can leave, made by hand on a migrated H2 file (through H2's own
 * engine, bypassing SQL, as an interrupted background save leaves it): an identity
 * counter behind the stored ids, an index missing a row of its table, an index naming a
 * row its table no longer holds. {@link CrashRepair} puts each back in order, and the
 * store then takes inserts and deletes again.
 */
class CrashRepairIntegrationTests {

	@TempDir
	Path dir;

	private String url;

	@BeforeEach
	void migrate() {
		url = "jdbc:h2:file:" + dir.resolve("juesuan").toAbsolutePath() + ";NON_KEYWORDS=YEAR,VALUE";
		withStore(jdbc -> SchemaMigration.withPlaceholders(Flyway.configure().dataSource(jdbc.getDataSource()))
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate());
	}

	@Test
	void idCountersLeftBehindTheStoredIdsAreMovedPastThem() {
		withStore(jdbc -> {
			DepartmentRepository departments = new DepartmentRepository(jdbc);
			departments.idOf("甲局");
			departments.idOf("乙局");
			jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) "
					+ "VALUES (NEXT VALUE FOR BATCH_JOB_INSTANCE_SEQ, 0, 'importJob', 'k1')");
			jdbc.execute("ALTER TABLE department ALTER COLUMN id RESTART WITH 1");
			jdbc.execute("ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ RESTART WITH 1");
			assertThatThrownBy(() -> departments.idOf("丙局")).as("the collision a killed run leaves")
				.hasMessageContaining("PRIMARY KEY");

			new CrashRepair(jdbc).afterUncleanStop();

			assertThat(departments.idOf("丙局")).isEqualTo(3);
			assertThat(jdbc.queryForObject("SELECT NEXT VALUE FOR BATCH_JOB_INSTANCE_SEQ", Long.class))
				.isGreaterThan(1);
		});
	}

	@Test
	void anIndexMissingARowOfItsTableIsRebuilt() throws Exception {
		long[] loads = threeLoads();
		damage((session, table) -> index(table, "IX_LOAD_RUN").remove(session, table.getRow(session, loads[0])));

		withStore(jdbc -> {
			CrashRepair repair = new CrashRepair(jdbc);
			assertThat(repair.indexesAgree("PACKAGE_LOAD")).isFalse();
			assertThat(jdbc.queryForList("SELECT id FROM package_load WHERE run_id = 'run-1'", Long.class))
				.as("what the next run read through the index")
				.hasSize(2);

			assertThat(repair.afterUncleanStop().rebuilt()).isEqualTo(1);

			assertThat(repair.indexesAgree("PACKAGE_LOAD")).isTrue();
			assertThat(jdbc.queryForList("SELECT id FROM package_load WHERE run_id = 'run-1' ORDER BY id", Long.class))
				.containsExactly(loads[0], loads[1], loads[2]);
			assertNoCopyLeft(jdbc);
		});
	}

	@Test
	void anIndexNamingARowItsTableLacksIsRebuiltFromTheTablesRows() throws Exception {
		long[] loads = threeLoads();
		damage((session, table) -> table.getScanIndex(session).remove(session, table.getRow(session, loads[1])));

		withStore(jdbc -> {
			CrashRepair repair = new CrashRepair(jdbc);
			assertThat(repair.indexesAgree("PACKAGE_LOAD")).isFalse();
			assertThatThrownBy(() -> jdbc.update("DELETE FROM package_load WHERE run_id = 'run-1'"))
				.as("what the next run met (CI's consolidation met the same: H2 takes the missing row for a locked one)")
				.hasMessageContaining("Timeout trying to lock table");

			assertThat(repair.afterUncleanStop().rebuilt()).isEqualTo(1);

			assertThat(repair.indexesAgree("PACKAGE_LOAD")).isTrue();
			assertThat(jdbc.queryForList("SELECT id FROM package_load WHERE run_id = 'run-1' ORDER BY id", Long.class))
				.as("the table's own rows, found through the rebuilt index")
				.containsExactly(loads[0], loads[2]);
			assertThat(jdbc.update("DELETE FROM package_load WHERE run_id = 'run-1'")).isEqualTo(2);
			assertNoCopyLeft(jdbc);
		});
	}

	@Test
	void afterARebuildTheLoadHistoryNamesNoFileUnchanged() throws Exception {
		long[] loads = threeLoads();
		withStore(jdbc -> {
			for (long load : loads) {
				jdbc.update("INSERT INTO load_file (load_id, file_name, sha256, size_bytes, is_narrative) "
						+ "VALUES (?, '附表.xlsx', ?, 10, FALSE)", load, "a".repeat(64));
			}
		});
		damage((session, table) -> table.getScanIndex(session).remove(session, table.getRow(session, loads[1])));

		withStore(jdbc -> {
			assertThat(new CrashRepair(jdbc).afterUncleanStop().rebuilt()).isEqualTo(1);

			assertThat(jdbc.queryForList("SELECT DISTINCT sha256 FROM load_file", String.class))
				.containsExactly(CrashRepair.FORGOTTEN_HASH);
		});
	}

	@Test
	void aStoreInOrderKeepsItsFileHashes() throws Exception {
		long[] loads = threeLoads();
		withStore(jdbc -> {
			jdbc.update("INSERT INTO load_file (load_id, file_name, sha256, size_bytes, is_narrative) "
					+ "VALUES (?, '附表.xlsx', ?, 10, FALSE)", loads[0], "a".repeat(64));
			assertThat(new CrashRepair(jdbc).afterUncleanStop().rebuilt()).isZero();
			assertThat(jdbc.queryForObject("SELECT sha256 FROM load_file", String.class)).isEqualTo("a".repeat(64));
		});
	}

	@Test
	void theLockTablesIndexIsCheckedBeforeTheLockIsTaken() throws Exception {
		withStore(jdbc -> jdbc.update(
				"INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) "
						+ "VALUES ('store', 'import killed', ?, ?)",
				Timestamp.from(Instant.EPOCH), Timestamp.from(Instant.EPOCH)));
		damage((session, table) -> table.getScanIndex(session).remove(session, firstRow(session, table)), "RUN_LOCK");

		withStore(jdbc -> {
			CrashRepair repair = new CrashRepair(jdbc);
			assertThat(repair.indexesAgree("RUN_LOCK")).isFalse();

			repair.beforeLocking();

			assertThat(repair.indexesAgree("RUN_LOCK")).isTrue();
			jdbc.update(
					"INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) VALUES ('store', 'import new', ?, ?)",
					Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
		});
	}

	private long[] threeLoads() {
		return fromStore(jdbc -> {
			long dept = new DepartmentRepository(jdbc).idOf("甲局");
			long[] ids = new long[3];
			for (int i = 0; i < 3; i++) {
				jdbc.update("INSERT INTO package_load (run_id, department_id, fiscal_year, status, figure_count, "
						+ "table_count, finding_count, loaded_at) VALUES ('run-1', ?, 2024, 'LOADED', 0, 13, 0, ?)",
						dept, Timestamp.from(Instant.now()));
				ids[i] = jdbc.queryForObject("SELECT MAX(id) FROM package_load", Long.class);
			}
			return ids;
		});
	}

	/**
	 * What H2's store may hold after a kill, made through its own engine, bypassing SQL.
	 */
	private void damage(Damage damage) throws Exception {
		damage(damage, "PACKAGE_LOAD");
	}

	private void damage(Damage damage, String tableName) throws Exception {
		try (Connection con = DriverManager.getConnection(url, "sa", "")) {
			SessionLocal session = (SessionLocal) con.unwrap(JdbcConnection.class).getSession();
			Table table = session.getDatabase().getSchema("PUBLIC").getTableOrView(session, tableName);
			damage.apply(session, table);
			session.commit(false);
		}
	}

	private interface Damage {

		void apply(SessionLocal session, Table table) throws Exception;

	}

	private static Index index(Table table, String name) {
		return table.getIndexes().stream().filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Row firstRow(SessionLocal session, Table table) {
		var cursor = table.getScanIndex(session).find(session, null, null, false);
		cursor.next();
		return cursor.get();
	}

	private static void assertNoCopyLeft(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'REPAIR_COPY_%'", Integer.class))
			.isZero();
	}

	@Test
	void aRebuildStoppedAfterEmptyingTheTableIsFinishedFromItsCopy() {
		withStore(jdbc -> {
			new DepartmentRepository(jdbc).idOf("甲局");
			jdbc.execute("CREATE TABLE REPAIR_COPY_DEPARTMENT AS SELECT * FROM department");
			jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
			jdbc.execute("TRUNCATE TABLE department");
			jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");

			new CrashRepair(jdbc).afterUncleanStop();

			assertThat(jdbc.queryForList("SELECT name FROM department", String.class)).containsExactly("甲局");
			assertNoCopyLeft(jdbc);
		});
	}

	@Test
	void aCopyNextToATableThatStillHasItsRowsIsDropped() {
		withStore(jdbc -> {
			new DepartmentRepository(jdbc).idOf("甲局");
			jdbc.execute("CREATE TABLE REPAIR_COPY_DEPARTMENT AS SELECT * FROM department WHERE 1 = 0");

			new CrashRepair(jdbc).afterUncleanStop();

			assertThat(jdbc.queryForList("SELECT name FROM department", String.class)).containsExactly("甲局");
			assertNoCopyLeft(jdbc);
		});
	}

	private void withStore(Consumer<JdbcTemplate> work) {
		fromStore(jdbc -> {
			work.accept(jdbc);
			return null;
		});
	}

	private <T> T fromStore(Function<JdbcTemplate, T> work) {
		try (SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "sa", "", true)) {
			return work.apply(new JdbcTemplate(ds));
		}
	}

}
