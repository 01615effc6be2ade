package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analysts' query path on H2 runs as a non-admin account that can read the v_* views
 * and nothing else: every escape below must fail, both through {@link ReadOnlyQuery} and
 * on a bare connection of that account.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.query.password=s3cret'pw",
		"spring.datasource.url=" + ReadOnlyQueryIntegrationTests.URL })
class ReadOnlyQueryIntegrationTests {

	static final String URL = "jdbc:h2:mem:query-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE";

	@Autowired
	ReadOnlyQuery query;

	@Autowired
	QueryProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void oneFigure() {
		EmptyStore.empty(jdbc);
		jdbc.update("INSERT INTO department (id, name, name_key) VALUES (1, '甲单位', 'k1')");
		jdbc.update(
				"INSERT INTO figure (department_id, fiscal_year, table_no, row_no, row_label, column_name, amount_yuan,"
						+ " published_unit, source_file, sheet, cell_ref) VALUES (1, 2024, 1, 1, '收入总计', '决算数', 100.00, '元', 'a.xlsx', 'S', 'B5')");
	}

	@Test
	void readsTheViews() throws Exception {
		QueryResult result = query.run("SELECT department, year, amount_yuan FROM v_figure;");
		assertThat(result.columns()).containsExactly("department", "year", "amount_yuan");
		assertThat(result.rows()).containsExactly(List.of("甲单位", "2024", "100.00"));
		assertThat(result.truncated()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT * FROM figure", "SELECT * FROM department", "SELECT * FROM package_load",
			"SELECT * FROM BATCH_JOB_EXECUTION", "SELECT * FROM \"flyway_schema_history\"",
			"SELECT FILE_WRITE('x', '%1$s/written.txt')", "SELECT CSVWRITE('%1$s/written.csv', 'SELECT 1')",
			"SELECT FILE_READ('/etc/passwd')", "SELECT * FROM CSVREAD('/etc/passwd')",
			"SELECT * FROM LINK_SCHEMA('x', '', 'jdbc:h2:mem:other;INIT=RUNSCRIPT FROM ''/etc/passwd''', 'sa', '', 'PUBLIC')",
			"SELECT * FROM OLD TABLE (DELETE FROM figure)", "SELECT * FROM OLD TABLE (DELETE FROM v_figure)",
			"SELECT * FROM FINAL TABLE (INSERT INTO department (name) VALUES ('x'))",
			"WITH d AS (SELECT * FROM department) SELECT * FROM d" })
	void noEscapeThroughTheQueryCommand(String escape) {
		assertThatThrownBy(() -> query.run(escape.formatted(dir))).satisfiesAnyOf(
				e -> assertThat(e).isInstanceOf(IllegalArgumentException.class),
				ReadOnlyQueryIntegrationTests::refusedForRights);
		assertUnharmed();
	}

	@ParameterizedTest
	@ValueSource(strings = { "DELETE FROM figure", "DELETE FROM v_figure", "UPDATE figure SET amount_yuan = 0",
			"DROP VIEW v_figure", "CREATE TABLE t (a INT)", "CALL CSVWRITE('%1$s/written.csv', 'SELECT 1')",
			"CALL FILE_WRITE('x', '%1$s/written.txt')", "CREATE ALIAS EXEC AS 'String e(String c) { return c; }'",
			"SCRIPT TO '%1$s/dump.sql'", "RUNSCRIPT FROM '%1$s/dump.sql'", "BACKUP TO '%1$s/backup.zip'",
			"SET DB_CLOSE_DELAY 0", "GRANT SELECT ON figure TO juesuan_reader", "CREATE USER x PASSWORD 'x' ADMIN",
			"ALTER USER juesuan_reader ADMIN TRUE", "SHUTDOWN",
			"SELECT * FROM LINK_SCHEMA('x', '', 'jdbc:h2:mem:other;INIT=RUNSCRIPT FROM ''/etc/passwd''', 'sa', '', 'PUBLIC')" })
	void theAccountItselfRefusesEveryEscape(String escape) throws Exception {
		try (Connection con = reader(); Statement st = con.createStatement()) {
			assertThatThrownBy(() -> st.execute(escape.formatted(dir)))
				.satisfies(ReadOnlyQueryIntegrationTests::refusedForRights);
		}
		assertUnharmed();
	}

	@Test
	void smuggledStatementsAreRefusedBeforeTheDatabase() {
		for (String sql : List.of("DELETE FROM figure", "SELECT 1; DELETE FROM figure",
				"SELECT 1 /* ; */; CALL FILE_WRITE('x','y')")) {
			assertThatThrownBy(() -> query.run(sql)).isInstanceOf(IllegalArgumentException.class);
		}
		assertUnharmed();
	}

	@Test
	void aLongStatementIsCutByTheTimeout() {
		ReadOnlyQuery quick = new ReadOnlyQuery(
				new QueryProperties(null, null, properties.password(), Duration.ofSeconds(1), null), ReaderUrl.of(URL));
		long start = System.nanoTime();
		assertThatThrownBy(
				() -> quick.run("SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000000000) a WHERE MOD(a.X, 7) = 3"))
			.isInstanceOf(SQLException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
	}

	@Test
	void printingStopsAtTheRowCap() throws Exception {
		ReadOnlyQuery capped = new ReadOnlyQuery(new QueryProperties(null, null, properties.password(), null, 5),
				ReaderUrl.of(URL));
		QueryResult result = capped.run("SELECT X FROM SYSTEM_RANGE(1, 20)");
		assertThat(result.rows()).hasSize(5);
		assertThat(result.truncated()).isTrue();
		assertThat(capped.run("SELECT X FROM SYSTEM_RANGE(1, 5)").truncated()).isFalse();
	}

	@Test
	void theLoadersPasswordDoesNotOpenTheReader() {
		assertThatThrownBy(
				() -> DriverManager.getConnection(ReaderUrl.of(URL), properties.username(), "juesuan_reader"))
			.isInstanceOf(SQLException.class);
	}

	/**
	 * Refused because the account may not, not by accident (a typo in the escape would
	 * prove nothing).
	 */
	private static void refusedForRights(Throwable e) {
		assertThat(e).isInstanceOf(SQLException.class).hasMessageMatching("(?s).*(Admin rights|Not enough rights).*");
	}

	private Connection reader() throws SQLException {
		return DriverManager.getConnection(ReaderUrl.of(URL), properties.username(), properties.password());
	}

	private void assertUnharmed() {
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM figure", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = 'V_FIGURE'",
				Integer.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = 'JUESUAN_READER' AND IS_ADMIN",
				Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'EXEC'",
				Integer.class))
			.isZero();
		try (var files = Files.list(dir)) {
			assertThat(files).isEmpty();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
