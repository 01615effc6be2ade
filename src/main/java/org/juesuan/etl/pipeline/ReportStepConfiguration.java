package org.juesuan.etl.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.juesuan.etl.aggregate.FindingsReport;
import org.juesuan.etl.aggregate.FindingsReportWriter;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.FindingQuery;
import org.juesuan.etl.store.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
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
 * The report step: writes {@code output/<run>/findings.csv} and {@code findings.xlsx} for
 * the department-years of the run (import: those it read, rejected ones with their
 * reason; check: those it audited) and logs per-department counts. The findings go from
 * one query to the files as they are read. A run that read and audited nothing (an empty
 * input, every package unchanged) writes no report: it would be an empty workbook every
 * night, and opening one costs the run a fifth of a second of POI's start.
 */
@Configuration(proxyBeanMethods = false)
class ReportStepConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ReportStepConfiguration.class);

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet reportTasklet) {
		return new StepBuilder("reportStep", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet reportTasklet(RunReport runs, FigureReader stored, FindingQuery query, FindingsReportWriter writer,
			FolderProperties folders, @Value("#{jobParameters['runId']}") String runId,
			@Value("#{jobParameters['scope']}") String scope, @Value("#{jobParameters['year']}") Long year,
			@Value("#{jobParameters['department']}") String department) {
		return (contribution, context) -> {
			List<DepartmentYear> targets = "stored".equals(scope)
					? stored.loaded(year == null ? null : year.intValue(), department) : runs.attempted(runId);
			if (targets.isEmpty()) {
				log.info("审核报告: 本次没有读入或审核任何部门包，未写");
				return RepeatStatus.FINISHED;
			}
			Path folder = folders.outputFolder().resolve(runId);
			Map<String, int[]> counts = new TreeMap<>();
			targets.forEach(t -> counts.put(t.year() + " " + t.department(), new int[3]));
			int written;
			try (FindingsReport report = writer.open(folder, "findings")) {
				query.forEach(targets, r -> {
					report.add(r);
					counts.computeIfAbsent(r.year() + " " + r.department(), k -> new int[3])[r.severity().ordinal()]++;
				});
				written = report.size();
			}
			counts.forEach((dept, c) -> log.info("  审核 {}: {} 错误 / {} 警告 / {} 提示", dept, c[0], c[1], c[2]));
			log.info("审核报告: {} ({} 条)", folder.resolve("findings.xlsx"), written);
			return RepeatStatus.FINISHED;
		};
	}

}
