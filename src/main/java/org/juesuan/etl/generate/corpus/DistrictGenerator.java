package org.juesuan.etl.generate.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes a generated district: {@code out/2024/<部门>/} for each department
 * ({@link DistrictDepartments}), its tables and its narrative written from them,
 * consistent by construction; with planted errors, the departments shaped like the
 * corpus's planted ones carry the same narrative errors (every seventh such department),
 * listed in {@code out/manifest.tsv}. The same options give the same bytes, whatever the
 * number of threads.
 */
public final class DistrictGenerator {

	private DistrictGenerator() {
	}

	/**
	 * Writes the district under {@code out} (which should be empty) and returns what was
	 * planted.
	 */
	public static List<ManifestRow> generate(Path out, DistrictOptions options) {
		List<DistrictDepartments.Shape> shapes = DistrictDepartments.shapes(options.set());
		Map<String, List<Plant>> plants = options.plantErrors() ? plantsByUnit() : Map.of();
		ExecutorService pool = Executors.newFixedThreadPool(options.threads());
		try {
			List<Future<List<ManifestRow>>> written = new ArrayList<>();
			for (int i = 0; i < options.departments(); i++) {
				int index = i;
				written.add(pool.submit(() -> write(out, DistrictDepartments.department(shapes, options.seed(), index),
						index / shapes.size() % 7 == 0 ? plants : Map.of())));
			}
			List<ManifestRow> manifest = new ArrayList<>();
			for (Future<List<ManifestRow>> f : written) {
				manifest.addAll(f.get());
			}
			if (options.plantErrors()) {
				StringBuilder tsv = new StringBuilder(ManifestRow.HEADER).append('\n');
				manifest.forEach(row -> tsv.append(row.line()).append('\n'));
				CorpusFiles.writeText(out.resolve("manifest.tsv"), tsv.toString());
			}
			return manifest;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("cannot generate the district: " + e.getCause().getMessage(), e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<ManifestRow> write(Path out, CorpusDepartment d, Map<String, List<Plant>> plants) {
		Path dir = out.resolve(String.valueOf(Departments.YEAR)).resolve(d.name());
		CorpusGenerator.writeTables(d, dir);
		Narrative narrative = Departments.narrative(d);
		List<Plant> mine = plants.getOrDefault(unit(d.name()), List.of());
		if (mine.isEmpty()) {
			CorpusFiles.writeText(dir.resolve(narrative.fileName()), narrative.render());
			return List.of();
		}
		List<Plant> renamed = mine.stream().map(p -> new Plant(d.name(), p.key(), p.kind(), p.edit())).toList();
		try {
			return PlantWriter.plant(d, narrative, renamed, dir);
		}
		catch (RuntimeException notPlantable) {
			// this department's amounts left a planted fragment ambiguous: it stays clean
			// rather than mislabelled
			CorpusFiles.writeText(dir.resolve(narrative.fileName()), narrative.render());
			return List.of();
		}
	}

	/** The corpus's plants by the unit's name without its district. */
	private static Map<String, List<Plant>> plantsByUnit() {
		Map<String, List<Plant>> plants = new LinkedHashMap<>();
		Stream.concat(NationalPlants.all().stream(), SichuanPlants.all().stream())
			.forEach(p -> plants.computeIfAbsent(unit(p.department()), k -> new ArrayList<>()).add(p));
		return plants;
	}

	private static String unit(String name) {
		return name.substring(name.indexOf('区') + 1).replaceFirst("^第\\d+片", "");
	}

}
