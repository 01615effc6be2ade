package org.juesuan.etl.store;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Bounds every wait on a MySQL/MariaDB store, so an unreachable or hung server fails the
 * run within a known time: Connector/J's {@code connectTimeout} (TCP connect) and
 * {@code socketTimeout} (any read, the server's greeting included) from
 * {@link StoreProperties} ({@code juesuan.store.connect-timeout},
 * {@code juesuan.store.socket-timeout}), unless the URL sets them. H2 takes no such
 * settings (it refuses unknown ones), so its URL is left alone.
 */
@Component
class StoreTimeouts implements BeanPostProcessor {

	// Looked up when the data source is made, not injected: a post-processor is created
	// before other beans.
	private final ObjectProvider<StoreProperties> properties;

	StoreTimeouts(ObjectProvider<StoreProperties> properties) {
		this.properties = properties;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
				&& hikari.getJdbcUrl().matches("jdbc:(mysql|mariadb):.*")) {
			StoreProperties timeouts = properties.getIfAvailable(() -> StoreProperties.DEFAULT);
			set(hikari, "connectTimeout", timeouts.connectTimeout());
			set(hikari, "socketTimeout", timeouts.socketTimeout());
		}
		return bean;
	}

	private static void set(HikariDataSource hikari, String driverProperty, Duration timeout) {
		if (!hikari.getJdbcUrl().contains(driverProperty + "=")) {
			hikari.addDataSourceProperty(driverProperty, String.valueOf(timeout.toMillis()));
		}
	}

}
