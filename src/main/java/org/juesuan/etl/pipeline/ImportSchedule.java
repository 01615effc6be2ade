package org.juesuan.etl.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;

import org.juesuan.etl.store.StoreBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs {@code import} at every time of a cron expression until stopped (or for a given
 * number of runs). A run that fails, or finds the store busy, is logged and the schedule
 * goes on; each run is a job execution of its own with its runId, its
 * {@code package_load} rows and its report folder.
 */
@Component
@EnableConfigurationProperties(ScheduleProperties.class)
public class ImportSchedule {

	private static final Logger log = LoggerFactory.getLogger(ImportSchedule.class);

	private final ImportLauncher launcher;

	ImportSchedule(ImportLauncher launcher) {
		this.launcher = launcher;
	}

	/**
	 * Returns the number of runs started; stops early, without error, when the thread is
	 * interrupted.
	 */
	public int run(String cron, Path input, int maxRuns) {
		CronExpression schedule = CronExpression.parse(cron);
		int runs = 0;
		while (maxRuns <= 0 || runs < maxRuns) {
			ZonedDateTime next = schedule.next(ZonedDateTime.now());
			log.info("下次导入: {} ({})", next, cron);
			if (!sleepUntil(next)) {
				break;
			}
			runOnce(input);
			runs++;
		}
		return runs;
	}

	private void runOnce(Path input) {
		ImportParameters parameters = ImportParameters.of(input, null, null);
		try {
			int status = launcher.run(parameters);
			log.info("定时导入 {} 结束: exit {}", parameters.runId(), status);
		}
		catch (StoreBusyException e) {
			log.warn("定时导入 {} 未开始: {}", parameters.runId(), e.getMessage());
		}
		catch (Exception e) {
			log.error("定时导入 {} 失败: {}", parameters.runId(), e.toString(), e);
		}
	}

	private static boolean sleepUntil(ZonedDateTime next) {
		try {
			Duration wait = Duration.between(ZonedDateTime.now(), next);
			if (!wait.isNegative()) {
				Thread.sleep(wait.toMillis() + 1);
			}
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
