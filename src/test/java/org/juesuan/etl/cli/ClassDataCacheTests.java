package org.juesuan.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataCacheTests {

	@TempDir
	Path dir;

	@Test
	void aRebuiltJarHasACacheOfItsOwn() throws IOException {
		Path jar = Files.writeString(dir.resolve("juesuan-etl.jar"), "one");
		ClassDataCache first = ClassDataCache.of(dir.resolve("cache"), jar);
		assertThat(ClassDataCache.of(dir.resolve("cache"), jar).folder()).isEqualTo(first.folder());
		Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
		assertThat(ClassDataCache.of(dir.resolve("cache"), jar).folder()).isNotEqualTo(first.folder());
		assertThat(first.folder().getFileName().toString()).startsWith("juesuan-etl-");
	}

	@Test
	void aNewBuildsCacheRemovesTheEarlierBuildsOfThatPathOnly() throws IOException {
		Path jar = Files.writeString(dir.resolve("juesuan-etl.jar"), "one");
		Path other = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("juesuan-etl.jar"),
				"other");
		ClassDataCache old = ClassDataCache.of(dir.resolve("cache"), jar);
		ClassDataCache elsewhere = ClassDataCache.of(dir.resolve("cache"), other);
		Files.createDirectories(old.folder().resolve("app"));
		Files.createDirectories(elsewhere.folder().resolve("app"));
		Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
		ClassDataCache rebuilt = ClassDataCache.of(dir.resolve("cache"), jar);
		Files.createDirectories(rebuilt.folder());
		rebuilt.pruneEarlierBuilds(jar);
		assertThat(old.folder()).doesNotExist();
		assertThat(elsewhere.folder()).isDirectory();
		assertThat(rebuilt.folder()).isDirectory();
	}

	@Test
	void anArchiveIsOfferedOnlyOnceARunHasWrittenItWhole() throws IOException {
		ClassDataCache cache = ClassDataCache.of(dir.resolve("cache"), Files.writeString(dir.resolve("app.jar"), "x"));
		Files.createDirectories(cache.folder());
		assertThat(cache.archive()).isEmpty();
		Path nothingWritten = cache.pendingArchive(1);
		cache.promote(nothingWritten);
		assertThat(cache.archive()).isEmpty();
		Path empty = Files.createFile(cache.pendingArchive(2));
		cache.promote(empty);
		assertThat(cache.archive()).isEmpty();
		assertThat(empty).doesNotExist();
		Path written = Files.writeString(cache.pendingArchive(3), "classes");
		cache.promote(written);
		assertThat(cache.archive()).hasValueSatisfying(a -> assertThat(a).hasContent("classes"));
		assertThat(written).doesNotExist();
	}

	@Test
	void aFailedExtractionLeavesNoHalfExtractedJar() throws IOException {
		Path notABootJar = Files.writeString(dir.resolve("plain.jar"), "not a jar");
		ClassDataCache cache = ClassDataCache.of(dir.resolve("cache"), notABootJar);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		assertThatThrownBy(() -> cache.extract(java, notABootJar, 60)).isInstanceOf(IOException.class)
			.hasMessageContaining("plain.jar");
		assertThat(cache.extractedJar("plain.jar")).isEmpty();
		try (var left = Files.list(cache.folder())) {
			assertThat(left).isEmpty();
		}
	}

}
