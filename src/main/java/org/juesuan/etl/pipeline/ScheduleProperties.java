package org.juesuan.etl.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * When {@code schedule} starts an import: a Spring cron expression (second minute hour
 * day month weekday).
 */
@ConfigurationProperties("juesuan.schedule")
public record ScheduleProperties(String cron) {

	public ScheduleProperties {
		cron = cron == null ? "0 0 2 * * *" : cron;
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException(
					"juesuan.schedule.cron is not a cron expression (second minute hour day month weekday): " + cron);
		}
	}
}
