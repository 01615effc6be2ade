package org.juesuan.etl.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The run lock: a holder renews its row every {@code heartbeat}; a row not renewed for
 * {@code staleAfter} belongs to a run that died and is taken over.
 */
@ConfigurationProperties("juesuan.lock")
public record LockProperties(Duration heartbeat, Duration staleAfter) {

	public LockProperties {
		heartbeat = heartbeat == null ? Duration.ofSeconds(10) : heartbeat;
		staleAfter = staleAfter == null ? Duration.ofMinutes(2) : staleAfter;
		if (heartbeat.isZero() || heartbeat.isNegative() || staleAfter.compareTo(heartbeat.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("juesuan.lock.stale-after must be at least three heartbeats");
		}
	}
}
