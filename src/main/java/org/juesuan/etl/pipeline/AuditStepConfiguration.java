package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.reconcile.Auditor;
import org.juesuan.etl.store.FigureReader;
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
 * The audit steps: one chunk per department-year, its rules evaluated on what is stored
 * and its audit findings replaced. {@code auditStep} audits what the import run loaded;
 * {@code checkAuditStep} everything stored (optionally one year or department). One
 * department-year's failure is its finding, not the step's.
 */
@Configuration(proxyBeanMethods = false)
class AuditStepConfiguration {

	@Bean
	Step auditStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<DepartmentYear> auditedDepartmentYears, Auditor auditor, FindingWriter findings) {
		return step("auditStep", jobRepository, transactionManager, auditedDepartmentYears, auditor, findings);
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
			.processor(new AuditProcessor(auditor))
			.writer(new AuditWriter(findings))
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<DepartmentYear> runDepartmentYears(RunReport report,
			@Value("#{jobParameters['runId']}") String runId) {
		return new ListItemReader<>(report.loaded(runId));
	}

	/**
	 * What the run loaded, and the following year of each department when stored: its
	 * opening balances depend on it.
	 */
	@Bean
	@StepScope
	ListItemReader<DepartmentYear> auditedDepartmentYears(RunReport report, FigureReader reader,
			@Value("#{jobParameters['runId']}") String runId) {
		java.util.LinkedHashSet<DepartmentYear> targets = new java.util.LinkedHashSet<>(report.loaded(runId));
		List.copyOf(targets).forEach(t -> reader.find(t, t.year() + 1).ifPresent(targets::add));
		return new ListItemReader<>(List.copyOf(targets));
	}

	@Bean
	@StepScope
	ListItemReader<DepartmentYear> storedDepartmentYears(FigureReader reader,
			@Value("#{jobParameters['year']}") Long year, @Value("#{jobParameters['department']}") String department) {
		return new ListItemReader<>(reader.loaded(year == null ? null : year.intValue(), department));
	}

}
