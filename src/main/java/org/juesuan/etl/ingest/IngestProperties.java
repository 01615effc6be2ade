package org.juesuan.etl.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one package from stopping the others: a narrative or workbook larger than its cap, or an
 * .xlsx sheet with more rows than {@code maxSheetRows}, is refused with a finding before it is read.
 */
@ConfigurationProperties("juesuan.ingest")
public record IngestProperties(DataSize maxNarrativeSize, DataSize maxWorkbookSize, Integer maxSheetRows) {

	public static final IngestProperties DEFAULT = new IngestProperties(null, null, null);

	public IngestProperties {
		maxNarrativeSize = maxNarrativeSize == null ? DataSize.ofMegabytes(20) : maxNarrativeSize;
		maxWorkbookSize = maxWorkbookSize == null ? DataSize.ofMegabytes(100) : maxWorkbookSize;
		maxSheetRows = maxSheetRows == null ? GridLoader.MAX_ROWS : maxSheetRows;
		if (maxSheetRows < 1 || maxNarrativeSize.toBytes() < 1 || maxWorkbookSize.toBytes() < 1) {
			throw new IllegalArgumentException("juesuan.ingest limits must be positive");
		}
	}

	/** A size as people write it: 20MB, 100KB, or bytes. */
	static String describe(DataSize size) {
		long bytes = size.toBytes();
		return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + "MB" : bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
	}
}
