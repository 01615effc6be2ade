package org.juesuan.etl.pipeline;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one import run; {@code runId} makes every run a new job instance and tags what it wrote.
 */
public record ImportParameters(Path input, Integer year, String department, String runId) {

	public static ImportParameters of(Path input, Integer year, String department) {
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		return new ImportParameters(input.toAbsolutePath().normalize(), year, department,
				stamp + "-" + UUID.randomUUID().toString().substring(0, 6));
	}

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder()
				.addString("input", input.toString())
				.addString("runId", runId);
		if (year != null) {
			builder.addLong("year", year.longValue());
		}
		if (department != null) {
			builder.addString("department", department);
		}
		return builder.toJobParameters();
	}
}
