package org.juesuan.etl.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A department's package for one year: the folder {@code input/<year>/<department>/} and its files.
 *
 * @param root the input folder, against which file names are recorded
 */
public record PackageRef(int year, String department, Path root, Path folder, List<Path> files) {

	public PackageRef {
		files = List.copyOf(files);
	}

	/** A file's name relative to the input folder, as recorded in lineage. */
	public String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	@Override
	public String toString() {
		return year + "/" + department;
	}
}
