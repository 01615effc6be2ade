package org.juesuan.etl.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code importJob}: ingest every package, check each department-year loaded (its
 * narrative against its tables, and its audit, in one pass), consolidate the district,
 * write the findings report and the district outputs, summarise. {@code checkJob}: audit
 * what is stored, consolidate and report, without reading any input. The steps live in
 * their own configurations. Binds {@link FolderProperties} ({@code juesuan.input},
 * {@code juesuan.output}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FolderProperties.class)
class ImportJobConfiguration {

	@Bean
	Job importJob(JobRepository jobRepository, Step ingestStep, Step checkStep, Step consolidateStep, Step reportStep,
			Step outputStep, Step summaryStep) {
		return new JobBuilder("importJob", jobRepository).start(ingestStep)
			.next(checkStep)
			.next(consolidateStep)
			.next(reportStep)
			.next(outputStep)
			.next(summaryStep)
			.build();
	}

	@Bean
	Job checkJob(JobRepository jobRepository, Step checkAuditStep, Step consolidateStep, Step reportStep,
			Step outputStep) {
		return new JobBuilder("checkJob", jobRepository).start(checkAuditStep)
			.next(consolidateStep)
			.next(reportStep)
			.next(outputStep)
			.build();
	}

}
