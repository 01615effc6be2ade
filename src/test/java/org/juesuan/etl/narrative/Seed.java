package org.juesuan.etl.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real narrative of 攀枝花市东区电子政务建设服务中心 (2024): the project's byte-identical copy of
 * {@code ../shared/seed}, so the tests need nothing outside the repository.
 */
final class Seed {

	static final Path DIR = Path.of("src/test/resources/org/juesuan/etl/generate");

	private Seed() {
	}

	static Path file() {
		assertThat(DIR).as("the seed narrative copied into the project").isDirectory();
		try (Stream<Path> files = Files.list(DIR)) {
			List<Path> txt = files.filter(p -> p.toString().endsWith("编制说明.txt")).toList();
			assertThat(txt).hasSize(1);
			return txt.get(0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String text() {
		try {
			return Files.readString(file());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
