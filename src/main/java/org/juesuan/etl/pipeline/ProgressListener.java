package org.juesuan.etl.pipeline;

import java.time.Duration;
import java.time.Instant;

import org.juesuan.etl.ingest.ParsedPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs each department as it is stored: how far the run is (done / total) and its rate. */
class ProgressListener implements ItemWriteListener<ParsedPackage> {

	private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

	private final PackageItemReader reader;
	private final Instant start = Instant.now();
	private int done;

	ProgressListener(PackageItemReader reader) {
		this.reader = reader;
	}

	@Override
	public void afterWrite(Chunk<? extends ParsedPackage> chunk) {
		for (ParsedPackage pkg : chunk) {
			done++;
			double seconds = Math.max(Duration.between(start, Instant.now()).toMillis() / 1000.0, 0.001);
			String what = pkg.rejected() ? "REJECTED: " + pkg.rejection()
					: pkg.tables().size() + " tables, " + pkg.figureCount() + " figures, " + pkg.findings().size() + " findings";
			log.info("[{}/{}] {} {} ({} dept/s)", done, reader.total(), pkg.ref(), what, String.format("%.1f", done / seconds));
		}
	}
}
