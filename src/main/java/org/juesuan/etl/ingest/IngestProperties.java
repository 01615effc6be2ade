package org.juesuan.etl.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How packages are read: limits that keep one package from stopping the others (a
 * narrative or workbook larger than its cap, or an .xlsx sheet with more rows than
 * {@code maxSheetRows}, is refused with a finding before it is read), and how many
 * threads read packages at once ({@code threads}; 0, the default, is one per core).
 */
@ConfigurationProperties("juesuan.ingest")
public record IngestProperties(DataSize maxNarrativeSize, DataSize maxWorkbookSize, Integer maxSheetRows,
		Integer threads) {

	public static final IngestProperties DEFAULT = new IngestProperties(null, null, null, null);

	public IngestProperties {
		maxNarrativeSize = maxNarrativeSize == null ? DataSize.ofMegabytes(20) : maxNarrativeSize;
		maxWorkbookSize = maxWorkbookSize == null ? DataSize.ofMegabytes(100) : maxWorkbookSize;
		maxSheetRows = maxSheetRows == null ? GridLoader.MAX_ROWS : maxSheetRows;
		threads = threads == null ? 0 : threads;
		if (maxSheetRows < 1 || maxNarrativeSize.toBytes() < 1 || maxWorkbookSize.toBytes() < 1) {
			throw new IllegalArgumentException("juesuan.ingest limits must be positive");
		}
		if (threads < 0) {
			throw new IllegalArgumentException("juesuan.ingest.threads must be 0 (one per core) or more: " + threads);
		}
	}

	/** The threads that read packages: {@code threads}, or one per core when it is 0. */
	public int readerThreads() {
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

	/** A size as people write it: 20MB, 100KB, or bytes. */
	static String describe(DataSize size) {
		long bytes = size.toBytes();
		return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + "MB"
				: bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
	}
}
