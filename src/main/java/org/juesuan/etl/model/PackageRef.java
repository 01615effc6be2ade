package org.juesuan.etl.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A department's package for one year: the folder {@code input/<year>/<department>/} and
 * its files.
 *
 * @param root the input folder, against which file names are recorded
 * @param refused entries of the folder not read, each with the reason (a symbolic link, a
 * special file)
 * @param refusal why the whole package is refused before reading (its folder is a link),
 * or null
 */
public record PackageRef(int year, String department, Path root, Path folder, List<Path> files, List<String> refused,
		String refusal) {

	public PackageRef {
		files = List.copyOf(files);
		refused = List.copyOf(refused);
	}

	public PackageRef(int year, String department, Path root, Path folder, List<Path> files) {
		this(year, department, root, folder, files, List.of(), null);
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
