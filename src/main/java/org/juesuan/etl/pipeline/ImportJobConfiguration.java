package org.juesuan.etl.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code importJob}: ingest every package, check each narrative against its tables, audit what was loaded, write the findings report, summarise.
 * {@code checkJob}: audit what is stored and report, without reading any input. The steps live in their own
 * configurations.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

	@Bean
	Job importJob(JobRepository jobRepository, Step ingestStep, Step narrativeStep, Step auditStep, Step reportStep,
			Step summaryStep) {
		return new JobBuilder("importJob", jobRepository).start(ingestStep).next(narrativeStep).next(auditStep).next(reportStep)
				.next(summaryStep).build();
	}

	@Bean
	Job checkJob(JobRepository jobRepository, Step checkAuditStep, Step reportStep) {
		return new JobBuilder("checkJob", jobRepository).start(checkAuditStep).next(reportStep).build();
	}
}
