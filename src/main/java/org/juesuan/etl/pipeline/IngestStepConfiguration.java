package org.juesuan.etl.pipeline;

import java.nio.file.Path;

import org.juesuan.etl.ingest.IngestProperties;
import org.juesuan.etl.ingest.PackageDiscovery;
import org.juesuan.etl.ingest.PackageReader;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.store.CanonicalTableWriter;
import org.juesuan.etl.store.LoadHistory;
import org.juesuan.etl.store.PackageStore;
import org.juesuan.etl.template.TemplateSets;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest step: packages are read on {@code juesuan.ingest.threads} threads (default:
 * one per core), {@link #CHUNK_PER_THREAD} a thread in a chunk, and each is stored by the
 * thread that read it, each department in its own transaction
 * ({@code PackageStore.save}); memory holds the package each thread is reading, whatever
 * the number of departments. A package unchanged since its last successful load is
 * skipped unless the run is {@code full}.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PackageItemReader packageItemReader, StoringProcessor packageProcessor,
			CanonicalTableWriter canonicalTables, TemplateSets templates, IngestProperties properties) {
		int readers = properties.readerThreads();
		return new StepBuilder("ingestStep", jobRepository).<PackageRef, StoredPackage>chunk(readers * CHUNK_PER_THREAD)
			.transactionManager(transactionManager)
			.reader(packageItemReader)
			.processor(packageProcessor)
			.writer(IngestStepConfiguration::storedAlready)
			.taskExecutor(StepThreads.pool("ingest-", readers))
			.listener(packageProcessor)
			.listener(new ProgressListener(packageItemReader))
			.listener(new CanonicalTitlesListener(canonicalTables, templates))
			.build();
	}

	/**
	 * The chunk's packages were stored by the threads that read them
	 * ({@link StoringProcessor}); nothing is left to write.
	 */
	private static void storedAlready(Chunk<? extends StoredPackage> chunk) {
	}

	/**
	 * Packages per thread in a chunk. Each chunk costs Spring Batch a commit of its step
	 * execution (six statements and a durable commit on MariaDB, which at two packages a
	 * thread made most of an unchanged re-run's time), and its threads wait for its
	 * slowest package at its end; a chunk holds only {@link StoredPackage}s, so it can be
	 * long.
	 */
	static final int CHUNK_PER_THREAD = 16;

	@Bean
	@StepScope
	PackageItemReader packageItemReader(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['year']}") Long year, @Value("#{jobParameters['department']}") String department) {
		return new PackageItemReader(
				PackageDiscovery.folders(Path.of(input), year == null ? null : year.intValue(), department));
	}

	@Bean
	StoringProcessor packageProcessor(PackageReader packageReader, LoadHistory history, PackageStore store) {
		return new StoringProcessor(new IncrementalProcessor(new SafePackageProcessor(packageReader), history), store);
	}

}
