package org.juesuan.etl.pipeline;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one run; {@code runId} makes every run a new job instance, tags what
 * it wrote and names its report folder. {@code input} is null for a check of what is
 * stored. {@code full} reads unchanged packages too.
 */
public record ImportParameters(Path input, Integer year, String department, String runId, boolean full) {

	/**
	 * An incremental run: a package unchanged since its last successful load is not read
	 * again.
	 */
	public static ImportParameters of(Path input, Integer year, String department) {
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		return new ImportParameters(input == null ? null : input.toAbsolutePath().normalize(), year, department,
				stamp + "-" + UUID.randomUUID().toString().substring(0, 6), false);
	}

	/** The same run reading every package, changed or not ({@code import --full}). */
	public ImportParameters readingAll() {
		return new ImportParameters(input, year, department, runId, true);
	}

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addString("runId", runId)
			.addString("scope", input == null ? "stored" : "run")
			.addString("full", String.valueOf(full));
		if (input != null) {
			builder.addString("input", input.toString());
		}
		if (year != null) {
			builder.addLong("year", year.longValue());
		}
		if (department != null) {
			builder.addString("department", department);
		}
		return builder.toJobParameters();
	}
}
