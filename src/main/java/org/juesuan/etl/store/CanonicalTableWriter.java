package org.juesuan.etl.store;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code table_name_ref} (the canonical titles the district views show) equal to
 * the configured canonical model.
 */
@Repository
public class CanonicalTableWriter {

	private final JdbcTemplate jdbc;

	CanonicalTableWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void refresh(Map<Integer, String> titles) {
		jdbc.update("DELETE FROM table_name_ref");
		jdbc.batchUpdate("INSERT INTO table_name_ref (table_no, table_name) VALUES (?, ?)", titles.entrySet(), 50,
				(ps, e) -> {
					ps.setInt(1, e.getKey());
					ps.setString(2, e.getValue());
				});
	}

}
