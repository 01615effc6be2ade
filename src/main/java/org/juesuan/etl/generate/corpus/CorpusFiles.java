package org.juesuan.etl.generate.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/** File helpers of the corpus generator: write text, copy a folder, delete a folder. */
final class CorpusFiles {

	private CorpusFiles() {
	}

	static void writeText(Path path, String text) {
		try {
			Files.createDirectories(path.getParent());
			Files.writeString(path, text, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + path, e);
		}
	}

	static void copyFolder(Path from, Path to) {
		try (Stream<Path> files = Files.list(from)) {
			Files.createDirectories(to);
			for (Path file : files.sorted().toList()) {
				Files.copy(file, to.resolve(file.getFileName().toString()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot copy " + from, e);
		}
	}

	static void delete(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot delete " + dir, e);
		}
	}

}
