package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.store.PackageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.dao.DataAccessException;

/**
 * Stores each package on the thread that read it, right after reading, each department in
 * its own transaction ({@code PackageStore.save}), so that reading and writing use every
 * core instead of the step's writer storing a chunk on one thread while the readers wait.
 * A package the database refuses is recorded as rejected with the database's reason, and
 * the run goes on. What the step keeps of a stored package is its {@link StoredPackage}.
 */
class StoringProcessor implements ItemProcessor<PackageRef, StoredPackage>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StoringProcessor.class);

	private final ItemProcessor<PackageRef, ParsedPackage> reader;

	private final PackageStore store;

	private volatile String runId;

	StoringProcessor(ItemProcessor<PackageRef, ParsedPackage> reader, PackageStore store) {
		this.reader = reader;
		this.store = store;
	}

	/**
	 * Takes the run's id from the job's parameters (not step scope: the processor runs on
	 * the readers' threads), and passes the step on to the reader it wraps.
	 */
	@Override
	public void beforeStep(StepExecution stepExecution) {
		runId = stepExecution.getJobParameters().getString("runId");
		if (reader instanceof StepExecutionListener listener) {
			listener.beforeStep(stepExecution);
		}
	}

	@Override
	public StoredPackage process(PackageRef ref) throws Exception {
		ParsedPackage pkg = reader.process(ref);
		if (pkg == null) {
			return null;
		}
		try {
			store.save(pkg, runId);
			return StoredPackage.of(pkg);
		}
		catch (DataAccessException e) {
			log.error("{}: the store refused the package", pkg.ref(), e);
			ParsedPackage rejected = new ParsedPackage(pkg.ref(), pkg.set(), pkg.files(), List.of(), List.of(),
					"写入数据库失败：" + rootCause(e));
			saveRejection(rejected);
			return StoredPackage.of(rejected);
		}
	}

	/**
	 * The rejection is kept short and its names hashed, so it does not fail as the
	 * package did; if it still does, the run goes on.
	 */
	private void saveRejection(ParsedPackage rejected) {
		try {
			store.save(rejected, runId);
		}
		catch (DataAccessException e) {
			log.error("{}: not even the rejection could be stored: {}", rejected.ref(), rootCause(e), e);
		}
	}

	private static String rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}

}
