package org.juesuan.etl.store;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Bounds every wait on a MySQL/MariaDB store, so an unreachable or hung server fails the run within a known time:
 * Connector/J's {@code connectTimeout} (TCP connect) and {@code socketTimeout} (any read, the server's greeting
 * included) from {@code juesuan.store.connect-timeout} (10 s) and {@code juesuan.store.socket-timeout} (2 min),
 * unless the URL sets them. H2 takes no such settings (it refuses unknown ones), so its URL is left alone.
 */
@Component
class StoreTimeouts implements BeanPostProcessor {

	private final Environment environment;

	StoreTimeouts(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null && hikari.getJdbcUrl().matches("jdbc:(mysql|mariadb):.*")) {
			set(hikari, "connectTimeout", "juesuan.store.connect-timeout", Duration.ofSeconds(10));
			set(hikari, "socketTimeout", "juesuan.store.socket-timeout", Duration.ofMinutes(2));
		}
		return bean;
	}

	private void set(HikariDataSource hikari, String driverProperty, String key, Duration fallback) {
		if (!hikari.getJdbcUrl().contains(driverProperty + "=")) {
			Duration timeout = environment.getProperty(key, Duration.class, fallback);
			hikari.addDataSourceProperty(driverProperty, String.valueOf(timeout.toMillis()));
		}
	}
}
