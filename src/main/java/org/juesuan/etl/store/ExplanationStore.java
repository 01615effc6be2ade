package org.juesuan.etl.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explanations (出错说明) attached to current findings' fingerprints, and their history: a
 * replaced text is kept with when it was replaced ({@code replaced_explanation}); one
 * whose finding is gone keeps its row with {@code resolved_at}.
 */
@Repository
public class ExplanationStore {

	private final JdbcTemplate jdbc;

	ExplanationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the message of the finding explained, or null when no current finding has
	 * that fingerprint
	 */
	@Transactional
	public String explain(String fingerprint, String explanation) {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT department_id, fiscal_year, rule_id, message FROM finding WHERE fingerprint = ?", fingerprint);
		if (rows.isEmpty()) {
			return null;
		}
		Map<String, Object> f = rows.get(0);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update(
				"""
						INSERT INTO replaced_explanation (fingerprint, department_id, fiscal_year, rule_id, message, explanation, explained_at,
						  last_seen_at, resolved_at, replaced_at)
						SELECT fingerprint, department_id, fiscal_year, rule_id, message, explanation, explained_at, last_seen_at, resolved_at, ?
						FROM finding_explanation WHERE fingerprint = ?""",
				now, fingerprint);
		jdbc.update("DELETE FROM finding_explanation WHERE fingerprint = ?", fingerprint);
		jdbc.update(
				"""
						INSERT INTO finding_explanation (fingerprint, department_id, fiscal_year, rule_id, message, explanation, explained_at,
						  last_seen_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)""",
				fingerprint, value(f, "department_id"), value(f, "fiscal_year"), value(f, "rule_id"),
				value(f, "message"), explanation, now, now);
		return (String) value(f, "message");
	}

	/**
	 * Keeps a department-year's explanations in step with its findings just written: seen
	 * again → last_seen_at; gone → resolved_at. Before that, an explanation whose finding
	 * is gone moves to a finding that has just appeared (not among {@code before}) with
	 * the same rule and message, when exactly one did: the same finding under a new
	 * fingerprint (narrative fingerprints changed once, see the README), not a fixed one.
	 * Only narrative findings ({@code N.*}) move: theirs are the fingerprints that
	 * changed, and a fixed table finding must not hand its explanation to a new one of
	 * the same text. Every update keeps {@code explained_at} as it is: MySQL/MariaDB
	 * servers with {@code explicit_defaults_for_timestamp=OFF} (before MariaDB 10.10,
	 * MySQL 5.7) make the first TIMESTAMP column {@code ON UPDATE CURRENT_TIMESTAMP}.
	 */
	void keepInStep(long departmentId, int year, Set<String> before, Timestamp now) {
		carryOver(departmentId, year, before);
		jdbc.update("""
				UPDATE finding_explanation SET last_seen_at = ?, resolved_at = NULL, explained_at = explained_at
				WHERE department_id = ? AND fiscal_year = ? AND fingerprint IN (SELECT fingerprint FROM finding
				  WHERE department_id = ? AND fiscal_year = ?)""", now, departmentId, year, departmentId, year);
		jdbc.update(
				"""
						UPDATE finding_explanation SET resolved_at = ?, explained_at = explained_at
						WHERE department_id = ? AND fiscal_year = ? AND resolved_at IS NULL AND fingerprint NOT IN (SELECT fingerprint
						  FROM finding WHERE department_id = ? AND fiscal_year = ?)""",
				now, departmentId, year, departmentId, year);
	}

	private void carryOver(long departmentId, int year, Set<String> before) {
		List<Map<String, Object>> lost = jdbc.queryForList("""
				SELECT fingerprint, rule_id, message FROM finding_explanation
				WHERE department_id = ? AND fiscal_year = ? AND resolved_at IS NULL AND rule_id LIKE 'N.%'
				  AND fingerprint NOT IN (SELECT fingerprint
				  FROM finding WHERE department_id = ? AND fiscal_year = ?)""", departmentId, year, departmentId, year);
		for (Map<String, Object> e : lost) {
			List<String> appeared = jdbc
				.queryForList("""
						SELECT DISTINCT f.fingerprint FROM finding f
						WHERE f.department_id = ? AND f.fiscal_year = ? AND f.rule_id = ? AND f.message = ?
						  AND NOT EXISTS (SELECT 1 FROM finding_explanation x WHERE x.fingerprint = f.fingerprint)""",
						String.class, departmentId, year, value(e, "rule_id"), value(e, "message"))
				.stream()
				.filter(fp -> !before.contains(fp))
				.toList();
			if (appeared.size() == 1) {
				jdbc.update(
						"UPDATE finding_explanation SET fingerprint = ?, explained_at = explained_at WHERE fingerprint = ?",
						appeared.get(0), value(e, "fingerprint"));
				jdbc.update(
						"UPDATE replaced_explanation SET fingerprint = ?, explained_at = explained_at WHERE fingerprint = ?",
						appeared.get(0), value(e, "fingerprint"));
			}
		}
	}

	private static Object value(Map<String, Object> row, String column) {
		return row.entrySet()
			.stream()
			.filter(e -> e.getKey().equalsIgnoreCase(column))
			.findFirst()
			.map(Map.Entry::getValue)
			.orElse(null);
	}

}
