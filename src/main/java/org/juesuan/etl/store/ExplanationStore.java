package org.juesuan.etl.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Attaches a department's or analyst's explanation (出错说明) to a current finding's fingerprint. */
@Repository
public class ExplanationStore {

	private final JdbcTemplate jdbc;

	ExplanationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the message of the finding explained, or null when no current finding has that fingerprint */
	@Transactional
	public String explain(String fingerprint, String explanation) {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT department_id, fiscal_year, rule_id, message FROM finding WHERE fingerprint = ?", fingerprint);
		if (rows.isEmpty()) {
			return null;
		}
		Map<String, Object> f = rows.get(0);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("DELETE FROM finding_explanation WHERE fingerprint = ?", fingerprint);
		jdbc.update("""
				INSERT INTO finding_explanation (fingerprint, department_id, fiscal_year, rule_id, message, explanation, explained_at,
				  last_seen_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)""", fingerprint, value(f, "department_id"),
				value(f, "fiscal_year"), value(f, "rule_id"), value(f, "message"), explanation, now, now);
		return (String) value(f, "message");
	}

	private static Object value(Map<String, Object> row, String column) {
		return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst().map(Map.Entry::getValue).orElse(null);
	}
}
