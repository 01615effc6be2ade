package org.juesuan.etl.store;

import java.util.List;
import java.util.Optional;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.Figure;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.RowShape;
import org.juesuan.etl.model.StoredTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads back what is stored for a department-year: its tables and figures, and which
 * department-years exist.
 */
@Repository
public class FigureReader {

	private final JdbcTemplate jdbc;

	FigureReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The stored tables and figures of a department-year, indexed for rules and claims.
	 */
	public FigureIndex index(DepartmentYear dy) {
		return new FigureIndex(dy.department(), dy.year(), tables(dy.departmentId(), dy.year()),
				figures(dy.departmentId(), dy.year()));
	}

	/**
	 * The same department's previous year, indexed, or null when none is loaded: what the
	 * narrative check and the audit compare a year with.
	 */
	public FigureIndex previousIndex(DepartmentYear dy) {
		return find(dy, dy.year() - 1).map(this::index).orElse(null);
	}

	/**
	 * Every department-year with a loaded package, optionally only one year or
	 * department.
	 */
	public List<DepartmentYear> loaded(Integer year, String department) {
		return jdbc
			.query("""
					SELECT DISTINCT d.id, d.name, t.fiscal_year FROM table_instance t JOIN department d ON d.id = t.department_id
					WHERE (? IS NULL OR t.fiscal_year = ?) AND (? IS NULL OR d.name = ?) ORDER BY t.fiscal_year, d.name""",
					(rs, i) -> new DepartmentYear(rs.getLong(1), rs.getString(2), rs.getInt(3)), year, year, department,
					department);
	}

	/**
	 * The same department's package of another year, when one is loaded. Looked up by the
	 * department's id, which is indexed: {@link #loaded} by name scans the departments on
	 * H2, and the check step asks once or twice per department-year.
	 */
	public Optional<DepartmentYear> find(DepartmentYear department, int year) {
		List<Long> found = jdbc.queryForList(
				"SELECT DISTINCT department_id FROM table_instance WHERE department_id = ? AND fiscal_year = ?",
				Long.class, department.departmentId(), year);
		return found.isEmpty() ? Optional.empty()
				: Optional.of(new DepartmentYear(department.departmentId(), department.department(), year));
	}

	public List<StoredTable> tables(long departmentId, int year) {
		return jdbc.query("""
				SELECT table_no, source_file, sheet, published_unit, row_shape, is_empty, statement, template_set,
				  COALESCE(set_table_no, table_no), table_name FROM table_instance
				WHERE department_id = ? AND fiscal_year = ? ORDER BY table_no""",
				(rs, i) -> new StoredTable(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
						RowShape.of(rs.getString(5)), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getInt(9),
						rs.getString(10)),
				departmentId, year);
	}

	public List<Figure> figures(long departmentId, int year) {
		return jdbc
			.query("""
					SELECT table_no, row_no, row_code, row_label, column_name, amount_yuan, published_value, published_scale,
					  published_unit, source_file, sheet, cell_ref FROM figure WHERE department_id = ? AND fiscal_year = ? ORDER BY id""",
					(rs, i) -> new Figure(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getBigDecimal(6), rs.getBigDecimal(7), (Integer) rs.getObject(8), rs.getString(9),
							rs.getString(10), rs.getString(11), rs.getString(12)),
					departmentId, year);
	}

}
