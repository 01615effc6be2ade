package org.juesuan.etl.generate.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a department's plants to its clean narrative, writes the planted narrative and
 * returns manifest rows.
 */
final class PlantWriter {

	private PlantWriter() {
	}

	static List<ManifestRow> plant(CorpusDepartment d, Narrative clean, List<Plant> plants, Path dir) {
		Writing w = Writing.of(d);
		Narrative planted = clean;
		List<String> keys = new ArrayList<>();
		List<Planted> results = new ArrayList<>();
		for (Plant plant : plants) {
			String key = plant.key().apply(w);
			if (keys.contains(key)) {
				throw new IllegalStateException("two plants in paragraph " + key + " of " + d.name());
			}
			Planted result = plant.edit().apply(clean.paragraph(key).text(), w);
			planted = planted.replace(key, p -> p.with(result.text(), result.anchor()));
			keys.add(key);
			results.add(result);
		}
		String text = planted.render();
		CorpusFiles.writeText(dir.resolve(planted.fileName()), text);
		List<ManifestRow> rows = new ArrayList<>();
		for (int i = 0; i < plants.size(); i++) {
			String fragment = planted.fragment(keys.get(i));
			int count = text.split(java.util.regex.Pattern.quote(fragment), -1).length - 1;
			if (count != 1) {
				throw new IllegalStateException(
						"fragment '" + fragment + "' occurs " + count + " times in " + d.name());
			}
			Planted r = results.get(i);
			rows.add(new ManifestRow(d.name(), d.set().label(), plants.get(i).kind(), fragment, r.stated(), r.correct(),
					r.note()));
		}
		return rows;
	}

}
