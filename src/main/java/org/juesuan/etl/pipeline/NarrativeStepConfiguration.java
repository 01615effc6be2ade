package org.juesuan.etl.pipeline;

import java.nio.file.Path;

import org.juesuan.etl.ingest.IngestProperties;
import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.narrative.check.NarrativeAuditor;
import org.juesuan.etl.store.ClaimWriter;
import org.juesuan.etl.store.FindingWriter;
import org.juesuan.etl.store.LoadHistory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The narrative step: for each department-year the run loaded, its 编制说明 (the file its
 * ingest recorded) is read and checked against the stored tables; claims, the extraction
 * report and narrative findings replace the previous ones, one department at a time; one
 * department's failure is its finding, not the step's.
 */
@Configuration(proxyBeanMethods = false)
class NarrativeStepConfiguration {

	static final String SOURCE = "narrative";

	@Bean
	Step narrativeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<DepartmentYear> runDepartmentYears, NarrativeProcessor narrativeProcessor,
			ClaimWriter claims, FindingWriter findings) {
		ItemWriter<NarratedYear> writer = chunk -> chunk.forEach(n -> {
			claims.replace(n.target().departmentId(), n.target().year(), n.check().counts(), n.check().claims());
			findings.replace(n.target().departmentId(), n.target().year(), SOURCE, n.check().findings());
		});
		return new StepBuilder("narrativeStep", jobRepository).<DepartmentYear, NarratedYear>chunk(1)
			.transactionManager(transactionManager)
			.reader(runDepartmentYears)
			.processor(narrativeProcessor)
			.writer(writer)
			.build();
	}

	@Bean
	@StepScope
	NarrativeProcessor narrativeProcessor(NarrativeAuditor auditor, LoadHistory history, IngestProperties limits,
			@Value("#{jobParameters['input']}") String input, @Value("#{jobParameters['runId']}") String runId) {
		return new NarrativeProcessor(auditor, history, limits, Path.of(input), runId);
	}

}
