package org.juesuan.etl.store;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Lets Connector/J send a JDBC batch (figures, findings, claims) as multi-row INSERTs
 * instead of one round trip per row: {@code rewriteBatchedStatements=true} on a
 * MySQL/MariaDB store, unless the URL sets it. H2 is left alone.
 */
@Component
class MySqlBatching implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
				&& hikari.getJdbcUrl().matches("jdbc:(mysql|mariadb):.*")
				&& !hikari.getJdbcUrl().contains("rewriteBatchedStatements=")) {
			hikari.addDataSourceProperty("rewriteBatchedStatements", "true");
		}
		return bean;
	}

}
