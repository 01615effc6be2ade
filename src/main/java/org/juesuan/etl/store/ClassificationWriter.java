package org.juesuan.etl.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.etl.model.Figure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Records the classification codes met in the data (functional 类/款/项, economic 类/款) with
 * the first name met; parents are derived from the code (款 = first 5 digits, 类 = first
 * 3).
 */
@Repository
class ClassificationWriter {

	private final JdbcTemplate jdbc;

	ClassificationWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void merge(List<Figure> figures) {
		Map<String, String> names = new LinkedHashMap<>();
		figures.stream().filter(f -> f.rowCode() != null).forEach(f -> names.putIfAbsent(f.rowCode(), f.rowLabel()));
		Set<String> known = new HashSet<>(jdbc.queryForList("SELECT code FROM classification", String.class));
		List<Object[]> rows = names.entrySet()
			.stream()
			.filter(e -> !known.contains(e.getKey()))
			.map(e -> new Object[] { scheme(e.getKey()), e.getKey(), FigureWriter.truncate(e.getValue(), 200),
					level(e.getKey()), parent(e.getKey()) })
			.toList();
		jdbc.batchUpdate(
				"INSERT INTO classification (scheme, code, name, level_name, parent_code) VALUES (?, ?, ?, ?, ?)",
				rows);
	}

	private static String scheme(String code) {
		return code.startsWith("2") ? "functional" : "economic";
	}

	private static String level(String code) {
		return switch (code.length()) {
			case 3 -> "类";
			case 5 -> "款";
			default -> "项";
		};
	}

	private static String parent(String code) {
		return code.length() > 3 ? code.substring(0, code.length() - 2) : null;
	}

}
