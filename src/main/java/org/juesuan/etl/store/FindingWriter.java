package org.juesuan.etl.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Fingerprint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a department-year's findings of one source (ingest, audit, narrative) with a
 * new set.
 */
@Repository
public class FindingWriter {

	private final JdbcTemplate jdbc;

	private final ExplanationStore explanations;

	FindingWriter(JdbcTemplate jdbc, ExplanationStore explanations) {
		this.jdbc = jdbc;
		this.explanations = explanations;
	}

	private static final String INSERT_FULL = """
			INSERT INTO finding (department_id, fiscal_year, source, fingerprint, rule_id, severity, kind, table_nos, row_ref,
			  column_name, message, expected_yuan, actual_yuan, difference_yuan, location, narrative_quote, found_at,
			  value_unit, expected_value, actual_value, difference_value)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * Replaces one source's findings of a department-year in one transaction and keeps
	 * explanations in step ({@link ExplanationStore#keepInStep}): seen again →
	 * last_seen_at; gone → resolved_at.
	 */
	@Transactional
	public void replace(long departmentId, int year, String source, List<Finding> findings) {
		Set<String> before = new HashSet<>(
				jdbc.queryForList("SELECT fingerprint FROM finding WHERE department_id = ? AND fiscal_year = ?",
						String.class, departmentId, year));
		deleteSource(departmentId, year, source);
		Timestamp now = insert(departmentId, year, source, findings);
		explanations.keepInStep(departmentId, year, before, now);
	}

	/** A percentage as stored: six decimals are more than any printed rate has. */
	private static java.math.BigDecimal value(java.math.BigDecimal v) {
		return v == null ? null : v.setScale(6, java.math.RoundingMode.HALF_UP);
	}

	void deleteSource(long departmentId, int year, String source) {
		jdbc.update("DELETE FROM finding WHERE department_id = ? AND fiscal_year = ? AND source = ?", departmentId,
				year, source);
	}

	/**
	 * Adds reading findings of a department-year, identified by their rule, location, row
	 * and column.
	 */
	void insertRead(long departmentId, String department, int year, String source, List<Finding> findings) {
		insert(departmentId, year, source, findings.stream().map(f -> f.identified(department, year)).toList());
	}

	/**
	 * Adds findings of one source, each with its fingerprint; returns the time they are
	 * stamped with.
	 */
	private Timestamp insert(long departmentId, int year, String source, List<Finding> findings) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.batchUpdate(INSERT_FULL, findings, 500, (ps, f) -> {
			ps.setLong(1, departmentId);
			ps.setInt(2, year);
			ps.setString(3, source);
			ps.setString(4, Objects.requireNonNull(f.fingerprint(), "fingerprint"));
			ps.setString(5, f.ruleId());
			ps.setString(6, f.severity().name());
			ps.setString(7, f.kind());
			ps.setString(8, f.tables());
			ps.setString(9, FigureWriter.truncate(f.rowRef(), 200));
			ps.setString(10, FigureWriter.truncate(f.columnName(), 200));
			ps.setString(11, FigureWriter.truncate(f.message(), 2000));
			boolean yuan = f.valueUnit() == null;
			ps.setBigDecimal(12, yuan ? f.expectedYuan() : null);
			ps.setBigDecimal(13, yuan ? f.actualYuan() : null);
			ps.setBigDecimal(14, yuan ? f.differenceYuan() : null);
			ps.setString(15, FigureWriter.truncate(f.location(), 2000));
			ps.setString(16, FigureWriter.truncate(f.narrativeQuote(), 2000));
			ps.setTimestamp(17, now);
			ps.setString(18, f.valueUnit());
			ps.setBigDecimal(19, yuan ? null : value(f.expectedYuan()));
			ps.setBigDecimal(20, yuan ? null : value(f.actualYuan()));
			ps.setBigDecimal(21, yuan ? null : value(f.differenceYuan()));
		});
		return now;
	}

}
