package org.juesuan.etl.model;

import java.util.List;

import org.juesuan.etl.template.SetChoice;

/**
 * Everything read from one department's package, or why it was rejected.
 *
 * @param set the template set its tables were read with, and why; null when no workbook
 * could be opened
 * @param rejection null when the package loads; else the reason, naming the file
 */
public record ParsedPackage(PackageRef ref, SetChoice set, List<LoadedFile> files, List<ParsedTable> tables,
		List<Finding> findings, String rejection) {

	public ParsedPackage {
		files = List.copyOf(files);
		tables = List.copyOf(tables);
		findings = List.copyOf(findings);
	}

	public boolean rejected() {
		return rejection != null;
	}

	/** The template set's name, or null. */
	public String setName() {
		return set == null ? null : set.set().name();
	}

	public int figureCount() {
		return tables.stream().mapToInt(t -> t.figures().size()).sum();
	}
}
