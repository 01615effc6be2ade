package org.juesuan.etl.generate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated district is the same bytes for the same seed, whatever the threads, and
 * covers both sets and formats.
 */
class DistrictGeneratorTests {

	@Test
	void sameSeedSameBytesWhateverTheThreads(@TempDir Path first, @TempDir Path second) throws IOException {
		DistrictGenerator.generate(first, new DistrictOptions(14, 7, null, true, 1));
		DistrictGenerator.generate(second, new DistrictOptions(14, 7, null, true, 2));

		List<Path> files = files(first);
		assertThat(files).isEqualTo(files(second)).hasSizeGreaterThan(14 * 2);
		for (Path file : files) {
			assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
				.isEqualTo(Files.readAllBytes(first.resolve(file)));
		}
	}

	@Test
	void anotherSeedOtherAmounts(@TempDir Path first, @TempDir Path second) throws IOException {
		DistrictGenerator.generate(first, DistrictOptions.of(1, 1));
		DistrictGenerator.generate(second, DistrictOptions.of(1, 2));

		Path narrative = files(first).stream().filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
		assertThat(Files.readString(second.resolve(narrative)))
			.isNotEqualTo(Files.readString(first.resolve(narrative)));
	}

	@Test
	void departmentsHaveNamesOfTheirOwnBothSetsAndBothFormats(@TempDir Path out) throws IOException {
		DistrictGenerator.generate(out, DistrictOptions.of(30, 3));

		try (Stream<Path> departments = Files.list(out.resolve("2024"))) {
			assertThat(departments.map(p -> p.getFileName().toString())).hasSize(30)
				.doesNotHaveDuplicates()
				.anyMatch(n -> n.startsWith("上海"))
				.anyMatch(n -> n.startsWith("攀枝花"));
		}
		assertThat(files(out)).anyMatch(p -> p.toString().endsWith(".xls"))
			.anyMatch(p -> p.toString().endsWith(".xlsx"));
	}

	@Test
	void onlyTheChosenSet(@TempDir Path out) throws IOException {
		DistrictGenerator.generate(out, DistrictOptions.of(8, 3).withSet(CorpusSet.SICHUAN));

		try (Stream<Path> departments = Files.list(out.resolve("2024"))) {
			assertThat(departments.map(p -> p.getFileName().toString())).hasSize(8).allMatch(n -> !n.startsWith("上海"));
		}
	}

	@Test
	void plantedErrorsAreListedAndOnlyInTheirDepartments(@TempDir Path out) throws IOException {
		List<ManifestRow> planted = DistrictGenerator.generate(out, DistrictOptions.of(12, 5).withPlantedErrors(true));

		assertThat(planted).isNotEmpty();
		assertThat(Files.readAllLines(out.resolve("manifest.tsv"))).hasSize(planted.size() + 1);
		for (ManifestRow row : planted) {
			try (Stream<Path> files = Files.list(out.resolve("2024").resolve(row.department()))) {
				Path narrative = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
				assertThat(Files.readString(narrative).replaceAll("\\s+", "")).contains(row.fragment());
			}
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

}
