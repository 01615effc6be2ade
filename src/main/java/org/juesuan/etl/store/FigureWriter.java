package org.juesuan.etl.store;

import java.util.List;

import org.juesuan.etl.model.Figure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes figures with JDBC batches. */
@Repository
class FigureWriter {

	private static final int BATCH = 500;

	private static final String INSERT = """
			INSERT INTO figure (department_id, fiscal_year, table_no, row_no, row_code, row_label, column_name, amount_yuan,
			  published_value, published_scale, published_unit, source_file, sheet, cell_ref)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	FigureWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long departmentId, int year, List<Figure> figures) {
		jdbc.batchUpdate(INSERT, figures, BATCH, (ps, f) -> {
			ps.setLong(1, departmentId);
			ps.setInt(2, year);
			ps.setInt(3, f.tableNo());
			ps.setInt(4, f.rowNo());
			ps.setString(5, f.rowCode());
			ps.setString(6, truncate(f.rowLabel(), 200));
			ps.setString(7, truncate(f.columnName(), 200));
			ps.setBigDecimal(8, f.amountYuan());
			ps.setBigDecimal(9, f.publishedValue());
			ps.setObject(10, f.publishedScale());
			ps.setString(11, f.publishedUnit());
			ps.setString(12, truncate(f.sourceFile(), PATH_LENGTH));
			ps.setString(13, f.sheet());
			ps.setString(14, f.cell());
		});
	}

	/**
	 * Longer than any path a file system gives (PATH_MAX 4096); the columns hold this
	 * many characters.
	 */
	static final int PATH_LENGTH = 4096;

	static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
