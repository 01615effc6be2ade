package org.juesuan.etl.pipeline;

import java.util.List;
import java.util.Map;

import org.juesuan.etl.store.LoadOutcome;
import org.juesuan.etl.store.NarrativeCounts;
import org.juesuan.etl.store.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The summary step: departments loaded and rejected, figures and findings, one line per
 * department.
 */
@Configuration(proxyBeanMethods = false)
class SummaryStepConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SummaryStepConfiguration.class);

	@Bean
	Step summaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet summaryTasklet) {
		return new StepBuilder("summaryStep", jobRepository).tasklet(summaryTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet summaryTasklet(RunReport report, @Value("#{jobParameters['runId']}") String runId) {
		return (contribution, context) -> {
			List<LoadOutcome> outcomes = report.outcomes(runId);
			long loaded = outcomes.stream().filter(LoadOutcome::loaded).count();
			long unchanged = unchanged(context.getStepContext().getStepExecution().getJobExecution());
			log.info("导入汇总 run {}: {} 个部门已导入, {} 个未变（跳过）, {} 个被拒绝, {} 个数字, 发现 {} 错误 / {} 警告 / {} 提示", runId, loaded,
					unchanged, outcomes.size() - loaded, outcomes.stream().mapToInt(LoadOutcome::figures).sum(),
					outcomes.stream().mapToInt(LoadOutcome::errors).sum(),
					outcomes.stream().mapToInt(LoadOutcome::warnings).sum(),
					outcomes.stream().mapToInt(LoadOutcome::infos).sum());
			Map<String, NarrativeCounts> narratives = report.narratives(runId);
			outcomes.forEach(o -> {
				log.info("  {} {} {}: {}{} 张表, {} 个数字, {} 错误 / {} 警告 / {} 提示{}", o.year(), o.department(), o.status(),
						o.templateSet() == null ? "" : "模板 " + o.templateSet() + ", ", o.tables(), o.figures(),
						o.errors(), o.warnings(), o.infos(), o.reason() == null ? "" : " — " + o.reason());
				NarrativeCounts n = narratives.get(o.department());
				if (n != null) {
					log.info("    编制说明 {}: {} {} 个数字, 读出 {} 个, {} 条陈述: 相符 {} (含舍入 {}), 不符 {}, 无对应 {}", n.sourceFile(),
							n.part() == null || n.part().isEmpty() ? "全文" : n.part(), n.figuresFound(),
							n.figuresClaimed(), n.claims(), n.matched() + n.rounding(), n.rounding(), n.mismatched(),
							n.unmatched());
				}
			});
			if (outcomes.isEmpty() && unchanged == 0) {
				log.warn("没有找到任何部门包：输入目录应为 <year>/<department>/");
			}
			return RepeatStatus.FINISHED;
		};
	}

	/** Packages the ingest step skipped as unchanged (its filtered items). */
	static long unchanged(JobExecution job) {
		return job.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals("ingestStep"))
			.mapToLong(StepExecution::getFilterCount)
			.sum();
	}

}
