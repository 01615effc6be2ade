package org.juesuan.etl.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table of ours, children first, so an integration test starts from nothing
 * (Batch's tables are left).
 */
public final class EmptyStore {

	private static final List<String> TABLES = List.of("consolidated_figure", "claim", "narrative_report", "figure",
			"table_instance", "finding", "finding_explanation", "replaced_explanation", "load_file", "package_load",
			"classification", "department");

	private EmptyStore() {
	}

	public static void empty(JdbcTemplate jdbc) {
		TABLES.forEach(t -> jdbc.update("DELETE FROM " + t));
	}

}
