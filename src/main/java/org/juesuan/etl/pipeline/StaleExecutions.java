package org.juesuan.etl.pipeline;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Marks the executions a killed run left {@code STARTED} (or {@code STARTING},
 * {@code STOPPING}) as {@code FAILED}, with their running steps, by Batch's own
 * {@link JobOperator#recover}, so the repository tells the truth and such an instance
 * stays restartable. Called only while holding the run lock: then no execution on this
 * store is alive.
 */
@Component
class StaleExecutions {

	private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

	private static final List<String> JOBS = List.of("importJob", "checkJob");

	private final JobRepository repository;

	private final JobOperator operator;

	StaleExecutions(JobRepository repository, JobOperator operator) {
		this.repository = repository;
		this.operator = operator;
	}

	int recover() {
		int recovered = 0;
		for (String job : JOBS) {
			for (JobExecution execution : repository.findRunningJobExecutions(job)) {
				BatchStatus left = execution.getStatus();
				operator.recover(execution);
				log.warn("{} execution {} (started {}) was left {} by a run that stopped; marked FAILED", job,
						execution.getId(), execution.getStartTime(), left);
				recovered++;
			}
		}
		return recovered;
	}

}
