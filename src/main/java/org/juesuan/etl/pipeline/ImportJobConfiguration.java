package org.juesuan.etl.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code importJob}: ingest every package, then summarise. The steps live in their own configurations. */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

	@Bean
	Job importJob(JobRepository jobRepository, Step ingestStep, Step summaryStep) {
		return new JobBuilder("importJob", jobRepository).start(ingestStep).next(summaryStep).build();
	}
}
