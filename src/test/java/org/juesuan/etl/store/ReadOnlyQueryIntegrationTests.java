package org.juesuan.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.juesuan.etl.template.TemplateSets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The analysts' query path reads and never writes. */
@SpringBootTest(properties = {"juesuan.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:query-it;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE"})
class ReadOnlyQueryIntegrationTests {

	@Autowired
	ReadOnlyQuery query;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CanonicalTableWriter canonicalTables;

	@Autowired
	TemplateSets templates;

	@BeforeEach
	void canonicalTitles() {
		canonicalTables.refresh(templates.canonicalTitles());
	}

	@Test
	void returnsColumnsAndRows() throws Exception {
		QueryResult result = query.run("SELECT table_no, table_name FROM table_name_ref WHERE table_no <= 2 ORDER BY table_no;");
		assertThat(result.columns()).containsExactly("table_no", "table_name");
		assertThat(result.rows()).containsExactly(java.util.List.of("1", "收入支出决算总表"), java.util.List.of("2", "收入决算表"));
	}

	@Test
	void refusesStatementsThatWrite() {
		assertThatThrownBy(() -> query.run("DELETE FROM table_name_ref")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> query.run("SELECT 1; DELETE FROM table_name_ref")).isInstanceOf(IllegalArgumentException.class);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM table_name_ref", Integer.class)).isEqualTo(13);
	}
}
