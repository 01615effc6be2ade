package org.juesuan.etl.pipeline;

import java.nio.file.Path;

import org.juesuan.etl.ingest.PackageDiscovery;
import org.juesuan.etl.ingest.PackageReader;
import org.juesuan.etl.ingest.PackageRef;
import org.juesuan.etl.ingest.ParsedPackage;
import org.juesuan.etl.store.CanonicalTableWriter;
import org.juesuan.etl.store.PackageStore;
import org.juesuan.etl.template.TemplateSets;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest step: one chunk per department, so each package is read, then written in its own transaction;
 * memory holds one package at a time whatever the number of departments.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PackageItemReader packageItemReader, PackageReader packageReader, PackageWriter packageWriter,
			CanonicalTableWriter canonicalTables, TemplateSets templates) {
		return new StepBuilder("ingestStep", jobRepository).<PackageRef, ParsedPackage>chunk(1)
				.transactionManager(transactionManager)
				.reader(packageItemReader)
				.processor(new SafePackageProcessor(packageReader))
				.writer(packageWriter)
				.listener(new ProgressListener(packageItemReader))
				.listener(new CanonicalTitlesListener(canonicalTables, templates))
				.build();
	}

	@Bean
	@StepScope
	PackageItemReader packageItemReader(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['year']}") Long year, @Value("#{jobParameters['department']}") String department) {
		return new PackageItemReader(PackageDiscovery.discover(Path.of(input), year == null ? null : year.intValue(), department));
	}

	@Bean
	@StepScope
	PackageWriter packageWriter(PackageStore store, @Value("#{jobParameters['runId']}") String runId) {
		return new PackageWriter(store, runId);
	}
}
