package org.juesuan.etl.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the packages under an input folder laid out as {@code <year>/<department>/}, optionally only one
 * year or one department. Files are listed recursively, in name order, hidden and temporary ones skipped.
 */
public final class PackageDiscovery {

	private PackageDiscovery() {
	}

	public static List<PackageRef> discover(Path input, Integer year, String department) {
		if (!Files.isDirectory(input)) {
			throw new IllegalArgumentException("输入目录不存在: " + input.toAbsolutePath());
		}
		List<PackageRef> packages = new ArrayList<>();
		for (Path yearDir : list(input)) {
			String name = yearDir.getFileName().toString();
			if (!Files.isDirectory(yearDir) || !name.matches("\\d{4}") || (year != null && year != Integer.parseInt(name))) {
				continue;
			}
			for (Path deptDir : list(yearDir)) {
				String dept = deptDir.getFileName().toString();
				if (Files.isDirectory(deptDir) && !dept.startsWith(".") && (department == null || department.equals(dept))) {
					packages.add(new PackageRef(Integer.parseInt(name), dept.strip(), input, deptDir, files(deptDir)));
				}
			}
		}
		return packages;
	}

	private static List<Path> list(Path dir) {
		try (Stream<Path> s = Files.list(dir)) {
			return s.sorted(Comparator.comparing(Path::toString)).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The package's files; a folder that cannot be listed gives none, and the package is then rejected as empty. */
	private static List<Path> files(Path dir) {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile)
					.filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
					.sorted(Comparator.comparing(Path::toString)).toList();
		} catch (IOException | UncheckedIOException e) {
			return List.of();
		}
	}
}
