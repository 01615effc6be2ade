package org.juesuan.etl.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * One jar's class-data-sharing cache: the jar extracted to a plain class path (Spring
 * Boot's {@code jarmode=tools extract}; the JVM archives no class it loads from a jar
 * nested in another) and the CDS archive of the classes a run of it loaded. Kept under a
 * folder named for the jar (its path, then its size and time and the JVM), so a new build
 * or another JDK starts a fresh one and a stale archive is never offered to the JVM; a
 * new build's extraction removes the earlier builds' folders of the same path.
 */
final class ClassDataCache {

	/** The archive's file name in the cache folder. */
	static final String ARCHIVE = "app.jsa";

	private final Path folder;

	private ClassDataCache(Path folder) {
		this.folder = folder;
	}

	/** The cache of {@code jar} for the running JVM, under {@code root}. */
	static ClassDataCache of(Path root, Path jar) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
		String build = String.join("|", Long.toString(attributes.size()),
				Long.toString(attributes.lastModifiedTime().toMillis()), System.getProperty("java.home"),
				System.getProperty("java.vm.version"));
		return new ClassDataCache(root.resolve(place(jar) + hash(build)));
	}

	/**
	 * The folders' common prefix for a jar at one path: its name and a hash of the path.
	 */
	private static String place(Path jar) {
		return stripExtension(jar.getFileName().toString()) + "-" + hash(jar.toAbsolutePath().normalize().toString())
				+ "-";
	}

	/**
	 * Removes the caches of earlier builds of the jar at {@code jar}'s path (a
	 * developer's every {@code mvn package} would otherwise leave one); other jars' are
	 * left alone.
	 */
	void pruneEarlierBuilds(Path jar) throws IOException {
		String prefix = place(jar);
		try (var siblings = Files.list(folder.getParent())) {
			for (Path sibling : siblings.toList()) {
				String name = sibling.getFileName().toString();
				if (name.startsWith(prefix) && !sibling.equals(folder)) {
					FileSystemUtils.deleteRecursively(sibling);
				}
			}
		}
	}

	Path folder() {
		return folder;
	}

	/** The extracted jar, if an earlier run extracted it. */
	Optional<Path> extractedJar(String jarName) {
		Path jar = folder.resolve("app").resolve(jarName);
		return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
	}

	/**
	 * Extracts {@code jar} with {@code java}, into a folder of its own first and then
	 * moved into place, so a run that finds {@code app/} finds it whole.
	 */
	Path extract(String java, Path jar, long timeoutSeconds) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Path partial = Files.createTempDirectory(folder, "extracting-");
		Process p = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
				partial.resolve("app").toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
		if (!finished || p.exitValue() != 0) {
			p.destroyForcibly();
			FileSystemUtils.deleteRecursively(partial);
			throw new IOException("extracting " + jar + " failed ("
					+ (finished ? "exit " + p.exitValue() : "no end after " + timeoutSeconds + " s") + ")");
		}
		try {
			Files.move(partial.resolve("app"), folder.resolve("app"), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			// another run extracted it meanwhile
			if (!Files.isDirectory(folder.resolve("app"))) {
				throw e;
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(partial);
		}
		pruneEarlierBuilds(jar);
		return folder.resolve("app").resolve(jar.getFileName());
	}

	/** The archive, once a run has written it. */
	Optional<Path> archive() {
		Path archive = folder.resolve(ARCHIVE);
		return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
	}

	/** Where a run that is to write the archive writes it (its own file). */
	Path pendingArchive(long pid) {
		return folder.resolve("app-" + pid + ".jsa.part");
	}

	/**
	 * Puts the archive a run wrote in place, if it wrote one; a run that failed to write
	 * it leaves the cache as it was.
	 */
	void promote(Path pending) throws IOException {
		if (!Files.isRegularFile(pending) || Files.size(pending) == 0) {
			Files.deleteIfExists(pending);
			return;
		}
		try {
			Files.move(pending, folder.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(pending, folder.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String stripExtension(String name) {
		return name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
	}

	private static String hash(String s) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
