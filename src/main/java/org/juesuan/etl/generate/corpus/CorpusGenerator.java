package org.juesuan.etl.generate.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.juesuan.etl.generate.DepartmentPackage;
import org.juesuan.etl.generate.PackageWriter;

/**
 * Writes a test corpus of 部门决算公开 packages written from the official templates:
 * {@code out/clean/2024/<部门>/} for six national (9 tables) and six Sichuan (13 tables)
 * departments, each with its narrative {@code .txt}; {@code out/planted/2024/<部门>/}
 * copies of four of them with narrative errors planted; and
 * {@code out/planted/manifest.tsv} listing every planted error ({@link ManifestRow}).
 * Deterministic for a seed.
 *
 * <p>
 * The clean narratives are correct, including these tricky but legitimate phrasings:
 * percentages truncated instead of rounded (education, market, 卫生健康局, 农业技术推广中心), a share
 * list corrected on its largest share so that it totals 100 % when rounding misses by one
 * last-digit unit, 万元 omitted after the second amount of a list, 持平 paragraphs (the
 * street's 机关运行经费 and 三公, 卫生健康局's 机关运行经费), a zero 三公 budget stated without a completion
 * rate, a 项 with no 年初预算 (年中追加), 不涉及的不列 omissions, 无…支出 statements, PDF-style line
 * breaks.
 */
public final class CorpusGenerator {

	/** The seed the tests and the command line use by default. */
	public static final long DEFAULT_SEED = 2024L;

	private CorpusGenerator() {
	}

	/**
	 * Command line: {@code <out folder> [seed]}, e.g. via exec:java with
	 * -Dexec.mainClass=…CorpusGenerator.
	 */
	public static void main(String[] args) {
		generate(Path.of(args.length > 0 ? args[0] : "target/corpus"),
				args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED);
	}

	/**
	 * Writes the corpus under {@code out} (replacing {@code clean/} and {@code planted/})
	 * and returns the manifest.
	 */
	public static List<ManifestRow> generate(Path out, long seed) {
		CorpusFiles.delete(out.resolve("clean"));
		CorpusFiles.delete(out.resolve("planted"));
		Map<String, List<Plant>> plants = new LinkedHashMap<>();
		Stream.concat(NationalPlants.all().stream(), SichuanPlants.all().stream())
			.forEach(p -> plants.computeIfAbsent(p.department(), k -> new ArrayList<>()).add(p));
		List<ManifestRow> manifest = new ArrayList<>();
		for (CorpusDepartment d : Departments.all(seed)) {
			Path clean = out.resolve("clean").resolve(String.valueOf(Departments.YEAR)).resolve(d.name());
			writeTables(d, clean);
			Narrative narrative = Departments.narrative(d);
			CorpusFiles.writeText(clean.resolve(narrative.fileName()), narrative.render());
			if (plants.containsKey(d.name())) {
				Path planted = out.resolve("planted").resolve(String.valueOf(Departments.YEAR)).resolve(d.name());
				CorpusFiles.copyFolder(clean, planted);
				manifest.addAll(PlantWriter.plant(d, narrative, plants.get(d.name()), planted));
			}
		}
		StringBuilder tsv = new StringBuilder(ManifestRow.HEADER).append('\n');
		manifest.forEach(row -> tsv.append(row.line()).append('\n'));
		CorpusFiles.writeText(out.resolve("planted").resolve("manifest.tsv"), tsv.toString());
		return manifest;
	}

	static void writeTables(CorpusDepartment d, Path dir) {
		if (d.set() == CorpusSet.NATIONAL) {
			NationalWorkbooks.write(d.data(), d.nationalLayout(), dir);
		}
		else {
			PackageWriter.write(new DepartmentPackage(d.data(), d.sichuanLayout()), dir);
		}
	}

}
