package org.juesuan.etl.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.stereotype.Repository;

/**
 * Runs an analyst's SQL read-only: only a single SELECT / WITH / SHOW / EXPLAIN / VALUES statement is accepted,
 * on a read-only connection whose transaction is rolled back.
 */
@Repository
public class ReadOnlyQuery {

	private static final Pattern READ = Pattern.compile("^(SELECT|WITH|SHOW|EXPLAIN|VALUES|DESCRIBE|DESC|TABLE)\\b");

	private final DataSource dataSource;

	ReadOnlyQuery(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public QueryResult run(String sql) throws SQLException {
		String trimmed = sql.strip().replaceAll(";\\s*$", "");
		if (!READ.matcher(trimmed.toUpperCase(Locale.ROOT)).find() || trimmed.contains(";")) {
			throw new IllegalArgumentException("query 只接受一条只读语句（SELECT/WITH/SHOW/EXPLAIN）");
		}
		try (Connection con = dataSource.getConnection()) {
			con.setAutoCommit(false);
			con.setReadOnly(true);
			try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(trimmed)) {
				return read(rs);
			} finally {
				con.rollback();
				con.setReadOnly(false);
				con.setAutoCommit(true);
			}
		}
	}

	private static QueryResult read(ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
		}
		List<List<String>> rows = new ArrayList<>();
		while (rs.next()) {
			List<String> row = new ArrayList<>();
			for (int i = 1; i <= columns.size(); i++) {
				Object value = rs.getObject(i);
				row.add(value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
			}
			rows.add(row);
		}
		return new QueryResult(columns, rows);
	}
}
