package org.juesuan.etl.pipeline;

import org.juesuan.etl.reconcile.Auditor;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.FigureReader.DepartmentYear;
import org.juesuan.etl.store.FindingWriter;
import org.juesuan.etl.store.RunReport;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit steps: one chunk per department-year, its rules evaluated on what is stored and its audit findings
 * replaced. {@code auditStep} audits what the import run loaded; {@code checkAuditStep} everything stored
 * (optionally one year or department).
 */
@Configuration(proxyBeanMethods = false)
class AuditStepConfiguration {

	@Bean
	Step auditStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<DepartmentYear> runDepartmentYears, Auditor auditor, FindingWriter findings) {
		return step("auditStep", jobRepository, transactionManager, runDepartmentYears, auditor, findings);
	}

	@Bean
	Step checkAuditStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<DepartmentYear> storedDepartmentYears, Auditor auditor, FindingWriter findings) {
		return step("checkAuditStep", jobRepository, transactionManager, storedDepartmentYears, auditor, findings);
	}

	private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<DepartmentYear> reader, Auditor auditor, FindingWriter findings) {
		return new StepBuilder(name, jobRepository).<DepartmentYear, AuditedYear>chunk(1)
				.transactionManager(transactionManager)
				.reader(reader)
				.processor(target -> new AuditedYear(target, auditor.audit(target)))
				.writer(new AuditWriter(findings))
				.build();
	}

	@Bean
	@StepScope
	ListItemReader<DepartmentYear> runDepartmentYears(RunReport report, @Value("#{jobParameters['runId']}") String runId) {
		return new ListItemReader<>(report.loaded(runId));
	}

	@Bean
	@StepScope
	ListItemReader<DepartmentYear> storedDepartmentYears(FigureReader reader, @Value("#{jobParameters['year']}") Long year,
			@Value("#{jobParameters['department']}") String department) {
		return new ListItemReader<>(reader.loaded(year == null ? null : year.intValue(), department));
	}
}
