package org.juesuan.etl.pipeline;

import java.nio.file.Path;

import org.juesuan.etl.ingest.IngestProperties;
import org.juesuan.etl.ingest.PackageDiscovery;
import org.juesuan.etl.ingest.PackageReader;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
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
 * one per core), a chunk of a few at a time, and each is stored by the thread that read
 * it, each department in its own transaction ({@code PackageStore.save}); memory holds
 * one chunk of packages whatever the number of departments. A package unchanged since its
 * last successful load is skipped unless the run is {@code full}.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PackageItemReader packageItemReader, StoringProcessor packageProcessor,
			CanonicalTableWriter canonicalTables, TemplateSets templates, IngestProperties properties) {
		int readers = properties.readerThreads();
		return new StepBuilder("ingestStep", jobRepository).<PackageRef, ParsedPackage>chunk(readers * CHUNK_PER_THREAD)
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
	 * ({@link StoringProcessor}); the chunk only goes on to the listeners.
	 */
	private static void storedAlready(Chunk<? extends ParsedPackage> chunk) {
	}

	/**
	 * Packages read at once by each thread: a chunk that big evens out a 街道 beside an
	 * 教育局.
	 */
	static final int CHUNK_PER_THREAD = 2;

	@Bean
	@StepScope
	PackageItemReader packageItemReader(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['year']}") Long year, @Value("#{jobParameters['department']}") String department) {
		return new PackageItemReader(
				PackageDiscovery.discover(Path.of(input), year == null ? null : year.intValue(), department));
	}

	@Bean
	StoringProcessor packageProcessor(PackageReader packageReader, LoadHistory history, PackageStore store) {
		return new StoringProcessor(new IncrementalProcessor(new SafePackageProcessor(packageReader), history), store);
	}

}
