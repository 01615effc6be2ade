package org.juesuan.etl.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.juesuan.etl.model.PackageRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the packages under an input folder laid out as {@code <year>/<department>/},
 * optionally only one year or one department. Names are used exactly as on disk (a
 * trailing space included). Files are listed recursively, in name order, hidden and
 * temporary ones skipped. Nothing is followed out of the input folder: a symbolic link
 * (or anything else that is not a plain folder or file) is refused, a department folder
 * that is one rejects its package, a file that is one is reported; a year folder that is
 * one is skipped with a warning. A department folder that cannot be listed rejects its
 * package with the I/O error.
 */
public final class PackageDiscovery {

	private static final Logger log = LoggerFactory.getLogger(PackageDiscovery.class);

	private PackageDiscovery() {
	}

	public static List<PackageRef> discover(Path input, Integer year, String department) {
		return folders(input, year, department).stream().map(PackageFolder::list).toList();
	}

	/**
	 * The department folders of the packages, in order, their files not yet listed: what
	 * a run holds for the packages it has still to read is a folder's path each, not
	 * every file's.
	 */
	public static List<PackageFolder> folders(Path input, Integer year, String department) {
		if (!Files.isDirectory(input)) {
			throw new IllegalArgumentException("输入目录不存在: " + input.toAbsolutePath());
		}
		List<PackageFolder> packages = new ArrayList<>();
		for (Path yearDir : list(input)) {
			String name = yearDir.getFileName().toString();
			if (!name.matches("\\d{4}") || (year != null && year != Integer.parseInt(name))
					|| !Files.isDirectory(yearDir)) {
				continue;
			}
			if (Files.isSymbolicLink(yearDir)) {
				log.warn("{} 是符号链接，未跟随（只读取输入目录之内的文件夹）", yearDir);
				continue;
			}
			for (Path deptDir : list(yearDir)) {
				String dept = deptDir.getFileName().toString();
				if (Files.isDirectory(deptDir) && !dept.startsWith(".")
						&& (department == null || department.equals(dept))) {
					packages.add(new PackageFolder(input, Integer.parseInt(name), dept, deptDir));
				}
			}
		}
		return packages;
	}

	/**
	 * A package's department folder under the input folder, its files listed on demand.
	 */
	public record PackageFolder(Path input, int year, String department, Path folder) {

		/** The package with its files, listed now. */
		public PackageRef list() {
			return packageOf(input, year, department, folder);
		}

	}

	private static PackageRef packageOf(Path input, int year, String dept, Path deptDir) {
		if (Files.isSymbolicLink(deptDir)) {
			return new PackageRef(year, dept, input, deptDir, List.of(), List.of(),
					"部门目录 " + year + "/" + dept + " 是符号链接，未跟随");
		}
		List<Path> files = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		try {
			walk(input, deptDir, files, refused);
		}
		catch (IOException | UncheckedIOException e) {
			log.warn("{}/{}: cannot list the package's folder", year, dept, e);
			return new PackageRef(year, dept, input, deptDir, List.of(), List.of(),
					"无法读取部门目录 " + year + "/" + dept + "：" + e);
		}
		return new PackageRef(year, dept, input, deptDir, files, refused, null);
	}

	private static List<Path> list(Path dir) {
		try (Stream<Path> s = Files.list(dir)) {
			return s.sorted(Comparator.comparing(Path::toString)).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The package's plain files; links and special files go to {@code refused} with the
	 * reason. Files.walk does not follow links, so a linked folder is listed, refused and
	 * not entered. A folder that cannot be listed is an I/O error, which rejects the
	 * package with its reason (not as a package without tables).
	 */
	private static void walk(Path input, Path dir, List<Path> files, List<String> refused) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			s.filter(p -> !p.equals(dir))
				.filter(p -> !hidden(p))
				.sorted(Comparator.comparing(Path::toString))
				.forEach(p -> {
					String relative = input.relativize(p).toString().replace('\\', '/');
					if (Files.isSymbolicLink(p)) {
						refused.add(relative + " 是符号链接，未跟随");
					}
					else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
						files.add(p);
					}
					else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
						refused.add(relative + " 不是普通文件，未读取");
					}
				});
		}
	}

	private static boolean hidden(Path p) {
		String name = p.getFileName().toString();
		return name.startsWith(".") || name.startsWith("~$");
	}

}
