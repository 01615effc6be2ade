package org.juesuan.etl.generate.corpus;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One error to plant: in which department and paragraph, of which manifest kind, and how.
 *
 * @param department department name
 * @param key the paragraph key, chosen from the department's figures
 * @param kind manifest kind, e.g. {@code narrative-amount}
 * @param edit from the clean paragraph text and the department's writing context to the
 * planted paragraph
 */
record Plant(String department, Function<Writing, String> key, String kind, BiFunction<String, Writing, Planted> edit) {

	Plant(String department, String key, String kind, BiFunction<String, Writing, Planted> edit) {
		this(department, w -> key, kind, edit);
	}
}
