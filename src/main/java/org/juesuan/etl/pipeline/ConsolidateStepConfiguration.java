package org.juesuan.etl.pipeline;

import org.juesuan.etl.aggregate.Consolidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The consolidation step of both jobs: after the audit (the error counts depend on it),
 * the stored district and group consolidation ({@code consolidated_figure}) is recomputed
 * from what is stored, in one transaction. An import that stored no package (everything
 * unchanged) leaves it as it is, unless the configured groups changed.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidateStepConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ConsolidateStepConfiguration.class);

	@Bean
	Step consolidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet consolidateTasklet) {
		return new StepBuilder("consolidateStep", jobRepository).tasklet(consolidateTasklet, transactionManager)
			.build();
	}

	@Bean
	Tasklet consolidateTasklet(Consolidator consolidator) {
		return (contribution, context) -> {
			Object runId = context.getStepContext().getJobParameters().get("runId");
			if ("importJob".equals(context.getStepContext().getJobName()) && runId != null
					&& consolidator.upToDate(runId.toString())) {
				log.info("汇总未变（本次没有写入任何部门包），未重算；check / export 会重算");
				return RepeatStatus.FINISHED;
			}
			contribution.incrementWriteCount(consolidator.refresh());
			return RepeatStatus.FINISHED;
		};
	}

}
