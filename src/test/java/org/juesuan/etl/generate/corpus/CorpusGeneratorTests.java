package org.juesuan.etl.generate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus is deterministic, its plants are where the manifest says, and its clean
 * narratives are clean.
 */
class CorpusGeneratorTests {

	static final long SEED = 20240;

	@TempDir
	static Path out;
	static List<ManifestRow> manifest;

	@BeforeAll
	static void generate() {
		manifest = CorpusGenerator.generate(out, SEED);
	}

	@Test
	void sameSeedSameBytes(@TempDir Path second) throws IOException {
		CorpusGenerator.generate(second, SEED);
		List<Path> files = files(out);
		assertThat(files).isEqualTo(files(second));
		for (Path file : files) {
			assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
				.isEqualTo(Files.readAllBytes(out.resolve(file)));
		}
	}

	@Test
	void writesBothSetsAndEveryKind() throws IOException {
		assertThat(Files.list(out.resolve("clean/2024"))).hasSizeGreaterThanOrEqualTo(12);
		assertThat(manifest).extracting(ManifestRow::kind)
			.contains("narrative-amount", "narrative-unit", "narrative-share", "narrative-change", "narrative-internal",
					"narrative-comparison", "narrative-items", "narrative-year", "narrative-template-text");
		assertThat(manifest).extracting(ManifestRow::set).contains("national", "sichuan");
		List<String> lines = Files.readAllLines(out.resolve("planted/manifest.tsv"));
		assertThat(lines.get(0)).isEqualTo(ManifestRow.HEADER);
		assertThat(lines).hasSize(manifest.size() + 1);
	}

	@Test
	void everyFragmentOccursOnceInItsNarrative() {
		for (ManifestRow row : manifest) {
			String text = narrative(out.resolve("planted/2024").resolve(row.department()));
			assertThat(row.fragment()).doesNotContainAnyWhitespaces();
			assertThat(text.split(java.util.regex.Pattern.quote(row.fragment()), -1)).as(row.toString()).hasSize(2);
		}
	}

	@Test
	void plantedTwinDiffersOnlyInPlantedParagraphs() throws IOException {
		for (String department : manifest.stream().map(ManifestRow::department).distinct().toList()) {
			Path planted = out.resolve("planted/2024").resolve(department);
			Path clean = out.resolve("clean/2024").resolve(department);
			List<String> a = List.of(narrative(clean).split("\n\n"));
			List<String> b = List.of(narrative(planted).split("\n\n"));
			assertThat(b).hasSameSizeAs(a);
			List<ManifestRow> rows = manifest.stream().filter(r -> r.department().equals(department)).toList();
			List<String> changed = new ArrayList<>();
			for (int i = 0; i < a.size(); i++) {
				if (!a.get(i).equals(b.get(i))) {
					changed.add(b.get(i));
				}
			}
			assertThat(changed).hasSize(rows.size());
			for (ManifestRow row : rows) {
				assertThat(changed).filteredOn(p -> p.contains(row.fragment())).hasSize(1);
			}
			for (Path file : files(clean)) {
				if (!file.toString().endsWith(".txt")) {
					assertThat(Files.readAllBytes(planted.resolve(file)))
						.isEqualTo(Files.readAllBytes(clean.resolve(file)));
				}
			}
		}
	}

	@Test
	void cleanNarrativesCarryNoTemplateText() throws IOException {
		try (Stream<Path> dirs = Files.list(out.resolve("clean/2024"))) {
			for (Path dir : dirs.toList()) {
				assertThat(narrative(dir)).doesNotContain("XXX", "（减少）", "（下降）", "（如持平", "（大于）", "（小于）", "（不涉及的不列）");
			}
		}
	}

	static String narrative(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			Path txt = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
			return Files.readString(txt, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

}
