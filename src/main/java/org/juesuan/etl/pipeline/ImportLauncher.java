package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.store.LoadOutcome;
import org.juesuan.etl.store.RunReport;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts {@code importJob} and reduces its outcome to the exit status: 0 all loaded, 2 some rejected, 1 failed. */
@Component
public class ImportLauncher {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int REJECTIONS = 2;

	private final JobOperator jobOperator;
	private final Job importJob;
	private final RunReport report;

	ImportLauncher(JobOperator jobOperator, Job importJob, RunReport report) {
		this.jobOperator = jobOperator;
		this.importJob = importJob;
		this.report = report;
	}

	public int run(ImportParameters parameters) throws Exception {
		JobExecution execution = jobOperator.start(importJob, parameters.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			execution.getAllFailureExceptions().forEach(e -> org.slf4j.LoggerFactory.getLogger(ImportLauncher.class)
					.error("importJob failed: {}", e.getMessage()));
			return FAILED;
		}
		List<LoadOutcome> outcomes = report.outcomes(parameters.runId());
		return outcomes.stream().allMatch(LoadOutcome::loaded) ? OK : REJECTIONS;
	}
}
