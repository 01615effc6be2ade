package org.juesuan.etl.pipeline;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.zaxxer.hikari.HikariDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twelve ingest threads, each storing in a transaction of its own, get a pool of sixteen
 * connections, not Hikari's default ten.
 */
@SpringBootTest(properties = { "juesuan.cli.enabled=false", "juesuan.ingest.threads=12", "juesuan.check.threads=3",
		"spring.datasource.url=jdbc:h2:mem:pool-size;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE" })
class ConnectionPoolSizeTests {

	@Autowired
	DataSource dataSource;

	@Test
	void thePoolServesEveryThreadOfTheSteps() {
		assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isEqualTo(12 + 4);
	}

}
