package org.juesuan.etl.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code importJob}: ingest every package, check each department-year loaded (its
 * narrative against its tables, and its audit, in one pass), then at once the findings
 * report on one thread and, on another, the district's consolidation followed by its
 * outputs (neither needs the other's result), and summarise. {@code checkJob}: audit what
 * is stored, then the same report, consolidation and outputs, without reading any input.
 * The steps live in their own configurations. Binds {@link FolderProperties}
 * ({@code juesuan.input}, {@code juesuan.output}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FolderProperties.class)
class ImportJobConfiguration {

	@Bean
	Job importJob(JobRepository jobRepository, Step ingestStep, Step checkStep, Step consolidateStep, Step reportStep,
			Step outputStep, Step summaryStep) {
		Flow checked = new FlowBuilder<SimpleFlow>("importFlow").start(ingestStep).next(checkStep).build();
		return new JobBuilder("importJob", jobRepository).start(checked)
			.next(district("import", consolidateStep, reportStep, outputStep))
			.next(summaryStep)
			.end()
			.build();
	}

	@Bean
	Job checkJob(JobRepository jobRepository, Step checkAuditStep, Step consolidateStep, Step reportStep,
			Step outputStep) {
		Flow checked = new FlowBuilder<SimpleFlow>("checkFlow").start(checkAuditStep).build();
		return new JobBuilder("checkJob", jobRepository).start(checked)
			.next(district("check", consolidateStep, reportStep, outputStep))
			.end()
			.build();
	}

	/**
	 * The report beside consolidation and outputs: each is a single thread's work (a
	 * workbook written row by row), so on two cores the two take as long as the longer.
	 */
	private static Flow district(String job, Step consolidateStep, Step reportStep, Step outputStep) {
		Flow outputs = new FlowBuilder<SimpleFlow>(job + "OutputsFlow").start(consolidateStep).next(outputStep).build();
		Flow report = new FlowBuilder<SimpleFlow>(job + "ReportFlow").start(reportStep).build();
		return new FlowBuilder<SimpleFlow>(job + "DistrictFlow").split(StepThreads.pool(job + "-district-", 2))
			.add(outputs, report)
			.build();
	}

}
