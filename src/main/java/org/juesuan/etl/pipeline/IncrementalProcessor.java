package org.juesuan.etl.pipeline;

import java.io.UncheckedIOException;
import java.util.Set;

import org.juesuan.etl.ingest.FileHashes;
import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.store.LoadHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Skips a package whose files (names and SHA-256) are those of its department-year's last
 * successful load: it is not read, nothing is written, and Batch counts it as filtered
 * (the run's "unchanged"). {@code --full} reads all.
 */
class IncrementalProcessor implements ItemProcessor<PackageRef, ParsedPackage>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IncrementalProcessor.class);

	private final ItemProcessor<PackageRef, ParsedPackage> reader;

	private final LoadHistory history;

	private volatile boolean full;

	private volatile Set<String> completedRuns = Set.of();

	IncrementalProcessor(ItemProcessor<PackageRef, ParsedPackage> reader, LoadHistory history) {
		this.reader = reader;
		this.history = history;
	}

	/**
	 * Takes {@code full} from the job's parameters (not step scope: the processor runs on
	 * the readers' threads).
	 */
	@Override
	public void beforeStep(StepExecution stepExecution) {
		full = Boolean.parseBoolean(stepExecution.getJobParameters().getString("full"));
		completedRuns = full ? Set.of() : history.completedRuns();
	}

	@Override
	public ParsedPackage process(PackageRef ref) throws Exception {
		if (!full && ref.refusal() == null && ref.refused().isEmpty() && unchanged(ref)) {
			return null;
		}
		return reader.process(ref);
	}

	private boolean unchanged(PackageRef ref) {
		try {
			return history.unchanged(ref.department(), ref.year(), FileHashes.of(ref), completedRuns);
		}
		catch (UncheckedIOException unreadable) {
			log.debug("{}: cannot hash its files; the reader reports what is wrong", ref, unreadable);
			return false;
		}
		catch (RuntimeException e) {
			log.warn("{}: cannot tell whether the package is unchanged; reading it again", ref, e);
			return false;
		}
	}

}
