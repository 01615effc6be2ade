package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.store.LoadOutcome;
import org.juesuan.etl.store.RunLock;
import org.juesuan.etl.store.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Starts {@code importJob} or {@code checkJob} and reduces the outcome to an exit status:
 * import 0 all loaded, 2 some rejected, 1 failed; check 0, or 1 failed. Either holds the
 * store's {@link RunLock} while it runs (a second run gets
 * {@link org.juesuan.etl.store.StoreBusyException}) and first marks executions left by
 * dead runs FAILED.
 */
@Component
public class ImportLauncher {

	private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int REJECTIONS = 2;

	public static final int BUSY = 3;

	private final JobOperator jobOperator;

	private final Job importJob;

	private final Job checkJob;

	private final RunReport report;

	private final RunLock lock;

	private final StaleExecutions stale;

	ImportLauncher(JobOperator jobOperator, Job importJob, Job checkJob, RunReport report, RunLock lock,
			StaleExecutions stale) {
		this.jobOperator = jobOperator;
		this.importJob = importJob;
		this.checkJob = checkJob;
		this.report = report;
		this.lock = lock;
		this.stale = stale;
	}

	public int run(ImportParameters parameters) throws Exception {
		try (RunLock.Held held = lock.acquire("import " + parameters.runId())) {
			stale.recover();
			if (!completed(jobOperator.start(importJob, parameters.toJobParameters()))) {
				return FAILED;
			}
			List<LoadOutcome> outcomes = report.outcomes(parameters.runId());
			return outcomes.stream().allMatch(LoadOutcome::loaded) ? OK : REJECTIONS;
		}
	}

	public int check(ImportParameters parameters) throws Exception {
		try (RunLock.Held held = lock.acquire("check " + parameters.runId())) {
			stale.recover();
			return completed(jobOperator.start(checkJob, parameters.toJobParameters())) ? OK : FAILED;
		}
	}

	private static boolean completed(JobExecution execution) {
		execution.getAllFailureExceptions()
			.forEach(e -> log.error("{} failed: {}", execution.getJobInstance().getJobName(), e.toString()));
		return execution.getStatus() == BatchStatus.COMPLETED;
	}

}
