package org.juesuan.etl.pipeline;

import org.juesuan.etl.aggregate.Consolidator;
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
 * from what is stored, in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidateStepConfiguration {

	@Bean
	Step consolidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet consolidateTasklet) {
		return new StepBuilder("consolidateStep", jobRepository).tasklet(consolidateTasklet, transactionManager)
			.build();
	}

	@Bean
	Tasklet consolidateTasklet(Consolidator consolidator) {
		return (contribution, context) -> {
			contribution.incrementWriteCount(consolidator.refresh());
			return RepeatStatus.FINISHED;
		};
	}

}
