package org.juesuan.etl.ingest;

import java.util.List;

/**
 * Everything read from one department's package, or why it was rejected.
 *
 * @param rejection null when the package loads; else the reason, naming the file
 */
public record ParsedPackage(PackageRef ref, List<LoadedFile> files, List<ParsedTable> tables,
		List<ReadFinding> findings, String rejection) {

	public ParsedPackage {
		files = List.copyOf(files);
		tables = List.copyOf(tables);
		findings = List.copyOf(findings);
	}

	public boolean rejected() {
		return rejection != null;
	}

	public int figureCount() {
		return tables.stream().mapToInt(t -> t.figures().size()).sum();
	}
}
