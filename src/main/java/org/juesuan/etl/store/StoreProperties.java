package org.juesuan.etl.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on every wait for a MySQL/MariaDB store (H2 takes none): Connector/J's
 * {@code connectTimeout} (TCP connect) and {@code socketTimeout} (any read, the server's
 * greeting included), unless the URL sets them.
 */
@ConfigurationProperties("juesuan.store")
public record StoreProperties(Duration connectTimeout, Duration socketTimeout) {

	public static final StoreProperties DEFAULT = new StoreProperties(null, null);

	public StoreProperties {
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		socketTimeout = socketTimeout == null ? Duration.ofMinutes(2) : socketTimeout;
		if (connectTimeout.isNegative() || socketTimeout.isNegative()) {
			throw new IllegalArgumentException("juesuan.store.connect-timeout and socket-timeout must not be negative");
		}
	}
}
