package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.juesuan.etl.pipeline.MariaDb;
import org.juesuan.etl.pipeline.MariaDbAvailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On MariaDB the reader account made by {@code grant-reader} ({@link ReaderAccount})
 * reads the v_* views and nothing else: no file, no other schema, no write, and a long
 * statement is cut by the timeout.
 */
@ExtendWith(MariaDbAvailable.class)
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.query.username=juesuan_it_reader",
		"juesuan.query.password=r3ad\\er'pw", "juesuan.query.timeout=2s" })
class ReadOnlyQueryMariaDbIntegrationTests {

	private static final String DATABASE = "juesuan_it_ro";

	@DynamicPropertySource
	static void mariaDb(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, DATABASE);
	}

	@Autowired
	ReadOnlyQuery query;

	@Autowired
	QueryProperties properties;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void grantedAndOneFigure() throws SQLException {
		try (Connection admin = dataSource.getConnection()) {
			assertThat(new ReaderAccount(properties).grant(admin)).contains("v_figure", "v_finding",
					"v_department_summary", "v_district_figure", "v_explanation_history", "v_claim",
					"v_narrative_report");
		}
		EmptyStore.empty(jdbc);
		jdbc.update("INSERT INTO department (id, name, name_key) VALUES (1, '甲单位', 'k1')");
		jdbc.update(
				"INSERT INTO figure (department_id, fiscal_year, table_no, row_no, row_label, column_name, amount_yuan,"
						+ " published_unit, source_file, sheet, cell_ref) VALUES (1, 2024, 1, 1, '收入总计', '决算数', 100.00, '元', 'a.xlsx', 'S', 'B5')");
	}

	@Test
	void readsTheViews() throws Exception {
		assertThat(query.run("SELECT department, amount_yuan FROM v_figure").rows())
			.containsExactly(List.of("甲单位", "100.00"));
	}

	@Test
	void loadFileGivesNothing() throws Exception {
		assertThat(query.run("SELECT LOAD_FILE('/etc/passwd') AS f").rows())
			.containsExactly(java.util.Collections.singletonList(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT * FROM figure", "SELECT * FROM mysql.user",
			"SELECT * FROM " + DATABASE + ".department", "SELECT * FROM BATCH_JOB_EXECUTION" })
	void noEscapeThroughTheQueryCommand(String escape) {
		assertThatThrownBy(() -> query.run(escape)).isInstanceOf(SQLException.class).hasMessageContaining("denied");
		assertUnharmed();
	}

	@ParameterizedTest
	@ValueSource(strings = { "DELETE FROM figure", "DELETE FROM v_figure", "UPDATE figure SET amount_yuan = 0",
			"INSERT INTO department (name) VALUES ('x')", "DROP VIEW v_figure", "CREATE TABLE t (a INT)",
			"GRANT SELECT ON " + DATABASE + ".figure TO 'juesuan_it_reader'@'%'", "CREATE USER x IDENTIFIED BY 'x'",
			"LOAD DATA INFILE '/etc/passwd' INTO TABLE department", "SET GLOBAL max_connections = 1",
			"CREATE FUNCTION f() RETURNS INT RETURN 1", "SELECT 1 INTO OUTFILE '/tmp/juesuan_it_ro.txt'",
			"SELECT * FROM v_figure INTO DUMPFILE '/tmp/juesuan_it_ro.bin'" })
	void theAccountItselfRefusesWrites(String escape) throws Exception {
		try (Connection con = DriverManager.getConnection(MariaDb.SERVER + DATABASE + MariaDb.OPTIONS,
				properties.username(), properties.password()); Statement st = con.createStatement()) {
			assertThatThrownBy(() -> st.execute(escape)).isInstanceOf(SQLException.class)
				.hasMessageMatching("(?s).*(denied|privilege).*");
		}
		assertUnharmed();
	}

	@Test
	void sleepIsCutByTheTimeout() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> query.run("SELECT SLEEP(100)")).isInstanceOf(SQLException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	private void assertUnharmed() {
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM figure", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department", Integer.class)).isEqualTo(1);
	}

}
