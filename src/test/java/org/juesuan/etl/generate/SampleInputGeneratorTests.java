package org.juesuan.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.juesuan.etl.generate.corpus.NationalSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample input is complete, carries the real narrative verbatim, and regenerates byte
 * for byte.
 */
class SampleInputGeneratorTests {

	@Test
	void writesEveryDepartmentDeterministically(@TempDir Path first, @TempDir Path second) throws IOException {
		SampleInputGenerator.generate(first);
		SampleInputGenerator.generate(second);
		List<Path> files = files(first);
		assertThat(files).hasSize(1 + (1 + 1) + (13 + 1) + (2 + 1) + (1 + 1));
		for (Path file : files) {
			assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
				.isEqualTo(Files.readAllBytes(first.resolve(file)));
		}
	}

	@Test
	void copiesTheSeedNarrativeVerbatim(@TempDir Path out) throws IOException {
		SampleInputGenerator.generate(out);
		Path seed = out.resolve("2024").resolve(EGovCentre.NAME).resolve(SampleInputGenerator.SEED);
		assertThat(Files.readAllBytes(seed)).isEqualTo(SampleInputGenerator.seedNarrative());
		assertThat(Files.readString(out.resolve("README.md"))).contains("攀枝花市东区住房和城乡建设局", NationalSample.name());
	}

	@Test
	void regeneratingReplacesStaleFiles(@TempDir Path out) throws IOException {
		Path stale = out.resolve("2024").resolve(EGovCentre.NAME).resolve("old.xlsx");
		Files.createDirectories(stale.getParent());
		Files.writeString(stale, "old");
		SampleInputGenerator.generate(out);
		assertThat(stale).doesNotExist();
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

}
