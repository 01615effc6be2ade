package org.juesuan.etl.pipeline;

import org.juesuan.etl.model.PackageRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs each department as it is stored or skipped as unchanged: how far the run is (done
 * / total) and its rate, counted from the start of the ingest step, not of the
 * application.
 */
class ProgressListener implements ItemProcessListener<PackageRef, StoredPackage>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

	private final PackageItemReader reader;

	private long start = System.nanoTime();

	private int done;

	private int unchanged;

	private int total;

	ProgressListener(PackageItemReader reader) {
		this.reader = reader;
	}

	@Override
	public synchronized void beforeStep(StepExecution stepExecution) {
		start = System.nanoTime();
		done = 0;
		unchanged = 0;
		total = reader.total(); // here, on the step's thread: the step-scoped reader is
								// not reachable from the readers' threads
	}

	/**
	 * On the thread that processed the package (the step's worker, not the one that read
	 * it), as soon as it is stored or skipped.
	 */
	@Override
	public synchronized void afterProcess(PackageRef ref, StoredPackage result) {
		done++;
		if (result == null) {
			unchanged++;
			log.info("[{}/{}] {} 未变，跳过 (unchanged: {}) ({} dept/s)", done, total, ref, unchanged, rate());
		}
		else {
			log.info("[{}/{}] {} {} ({} dept/s)", done, total, result.ref(), result.outcome(), rate());
		}
	}

	private String rate() {
		double seconds = Math.max((System.nanoTime() - start) / 1e9, 0.001);
		return String.format("%.1f", done / seconds);
	}

}
