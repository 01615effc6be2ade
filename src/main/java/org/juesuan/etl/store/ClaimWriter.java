package org.juesuan.etl.store;

import java.util.List;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.Claim;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Replaces a department-year's narrative claims and extraction report. */
@Repository
public class ClaimWriter {

	private static final String INSERT = """
			INSERT INTO claim (department_id, fiscal_year, source_file, section, claim_type, subject, stated_value, stated_unit,
			  unit_inferred, value_yuan, matched_table_no, matched_row_label, matched_column_name, matched_yuan, status, quote,
			  paragraph_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	ClaimWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void replace(long departmentId, int year, NarrativeCounts counts, List<CheckedClaim> claims) {
		jdbc.update("DELETE FROM claim WHERE department_id = ? AND fiscal_year = ?", departmentId, year);
		jdbc.update("DELETE FROM narrative_report WHERE department_id = ? AND fiscal_year = ?", departmentId, year);
		jdbc.update(
				"""
						INSERT INTO narrative_report (department_id, fiscal_year, source_file, figures_found, figures_claimed, claims, matched,
						  rounding, mismatched, unmatched, part) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				departmentId, year, counts.sourceFile(), counts.figuresFound(), counts.figuresClaimed(),
				counts.claims(), counts.matched(), counts.rounding(), counts.mismatched(), counts.unmatched(),
				counts.part());
		jdbc.batchUpdate(INSERT, claims, 500, (ps, c) -> {
			Claim claim = c.claim();
			ps.setLong(1, departmentId);
			ps.setInt(2, year);
			ps.setString(3, counts.sourceFile());
			ps.setString(4, FigureWriter.truncate(claim.section(), 200));
			ps.setString(5, claim.claimType().code());
			ps.setString(6, FigureWriter.truncate(claim.subject(), 300));
			ps.setBigDecimal(7, claim.value());
			ps.setString(8, claim.statedUnit());
			ps.setBoolean(9, claim.unitInferred());
			ps.setBigDecimal(10,
					claim.valueYuan() == null ? null : claim.valueYuan().setScale(2, java.math.RoundingMode.HALF_UP));
			ps.setObject(11, c.tableNo());
			ps.setString(12, FigureWriter.truncate(c.rowLabel(), 200));
			ps.setString(13, FigureWriter.truncate(c.columnName(), 200));
			ps.setBigDecimal(14, c.matchedYuan());
			ps.setString(15, c.status().name());
			ps.setString(16, FigureWriter.truncate(claim.quote(), 2000));
			ps.setInt(17, claim.paragraph());
		});
	}

}
