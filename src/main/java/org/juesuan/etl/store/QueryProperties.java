package org.juesuan.etl.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The analysts' account for {@code query}: it can read the {@code v_*} views and nothing
 * else. {@code url} defaults to the store's URL (on H2 without its database-level
 * settings, which need admin rights); {@code timeout} cuts a statement that runs longer;
 * {@code maxRows} caps what is printed.
 */
@ConfigurationProperties("juesuan.query")
public record QueryProperties(String url, String username, String password, Duration timeout, Integer maxRows) {

	public QueryProperties {
		username = username == null ? "juesuan_reader" : username;
		password = password == null ? "juesuan_reader" : password;
		timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
		maxRows = maxRows == null ? 10_000 : maxRows;
		if (!username.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
			throw new IllegalArgumentException("juesuan.query.username must be a plain identifier: " + username);
		}
		if (timeout.isNegative() || timeout.isZero() || maxRows < 1) {
			throw new IllegalArgumentException("juesuan.query.timeout and max-rows must be positive");
		}
	}

	/** The timeout in whole seconds, at least one (JDBC's unit). */
	int timeoutSeconds() {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
	}
}
