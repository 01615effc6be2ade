package org.juesuan.etl.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.juesuan.etl.ingest.IngestProperties;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.narrative.check.NarrativeAuditor;
import org.juesuan.etl.reconcile.Auditor;
import org.juesuan.etl.store.ClaimWriter;
import org.juesuan.etl.store.FigureReader;
import org.juesuan.etl.store.FindingWriter;
import org.juesuan.etl.store.LoadHistory;
import org.juesuan.etl.store.RunReport;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The check steps, on {@code juesuan.check.threads} threads: each department-year's
 * figures are loaded once, then its narrative checked against them (import only: the 编制说明
 * its ingest recorded) and its rules evaluated; claims, the extraction report and the
 * findings of each check replace the previous ones, each check's in its own transaction,
 * written by the thread that checked it. {@code checkStep} checks what the import run
 * loaded (and audits the next year of each when stored); {@code checkAuditStep} audits
 * everything stored (optionally one year or department). One department-year's failure in
 * one check is that check's finding, not the other check's nor the step's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckProperties.class)
class CheckStepConfiguration {

	/**
	 * Department-years checked at once by each thread: a chunk that big evens out a 街道
	 * beside an 教育局.
	 */
	static final int CHUNK_PER_THREAD = 4;

	@Bean
	Step checkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<CheckTarget> runCheckTargets, CheckProcessor checkProcessor, CheckTimes checkTimes,
			CheckProperties properties) {
		return step("checkStep", jobRepository, transactionManager, runCheckTargets, checkProcessor, checkTimes,
				properties.workerThreads());
	}

	@Bean
	Step checkAuditStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<CheckTarget> storedCheckTargets, CheckProcessor checkProcessor, CheckTimes checkTimes,
			CheckProperties properties) {
		return step("checkAuditStep", jobRepository, transactionManager, storedCheckTargets, checkProcessor, checkTimes,
				properties.workerThreads());
	}

	private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<CheckTarget> reader, CheckProcessor processor, CheckTimes times, int threads) {
		return new StepBuilder(name, jobRepository).<CheckTarget, CheckedYear>chunk(threads * CHUNK_PER_THREAD)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(CheckStepConfiguration::writtenAlready)
			.taskExecutor(StepThreads.pool(name.replace("Step", "-"), threads))
			.listener(processor)
			.listener(times)
			.build();
	}

	/**
	 * Each department-year was written by the thread that checked it
	 * ({@link CheckProcessor}); the chunk only goes on to the listeners.
	 */
	private static void writtenAlready(Chunk<? extends CheckedYear> chunk) {
	}

	/**
	 * Shared by both steps (one runs at a time), and no step scope: the processor runs on
	 * the check threads.
	 */
	@Bean
	CheckTimes checkTimes() {
		return new CheckTimes();
	}

	@Bean
	CheckProcessor checkProcessor(NarrativeAuditor narratives, Auditor auditor, FigureReader figures,
			LoadHistory history, IngestProperties limits, CheckTimes checkTimes, CheckWriter checkWriter) {
		return new CheckProcessor(narratives, auditor, figures, history, limits, checkTimes, checkWriter);
	}

	@Bean
	CheckWriter checkWriter(ClaimWriter claims, FindingWriter findings, PlatformTransactionManager transactionManager,
			CheckTimes checkTimes) {
		return new CheckWriter(claims, findings, transactionManager, checkTimes);
	}

	/**
	 * What the run loaded, narrative and audit, then the following year of each when
	 * stored, audit only: its opening balances depend on it.
	 */
	@Bean
	@StepScope
	ListItemReader<CheckTarget> runCheckTargets(RunReport report, FigureReader reader,
			@Value("#{jobParameters['runId']}") String runId) {
		List<DepartmentYear> loaded = report.loaded(runId);
		Set<DepartmentYear> following = new LinkedHashSet<>();
		loaded.forEach(t -> reader.find(t, t.year() + 1).ifPresent(following::add));
		following.removeAll(loaded);
		List<CheckTarget> targets = new ArrayList<>();
		loaded.forEach(t -> targets.add(new CheckTarget(t, true)));
		following.forEach(t -> targets.add(new CheckTarget(t, false)));
		return new ListItemReader<>(targets);
	}

	@Bean
	@StepScope
	ListItemReader<CheckTarget> storedCheckTargets(FigureReader reader, @Value("#{jobParameters['year']}") Long year,
			@Value("#{jobParameters['department']}") String department) {
		return new ListItemReader<>(reader.loaded(year == null ? null : year.intValue(), department)
			.stream()
			.map(t -> new CheckTarget(t, false))
			.toList());
	}

}
