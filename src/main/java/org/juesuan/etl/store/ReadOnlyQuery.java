package org.juesuan.etl.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs an analyst's SQL as the reader account ({@link QueryProperties}), which the
 * database lets read the {@code v_*} views only: no base table, no file or network
 * function, no write. The text check below only gives a clearer message; the account is
 * what protects the store. A statement is cut after the timeout and at most
 * {@code maxRows} rows are returned ({@link QueryResult#truncated()} says when more were
 * there).
 */
public class ReadOnlyQuery {

	private static final Pattern READ = Pattern.compile("^(SELECT|WITH|SHOW|EXPLAIN|VALUES|DESCRIBE|DESC|TABLE)\\b");

	private final QueryProperties properties;

	private final String url;

	ReadOnlyQuery(QueryProperties properties, String url) {
		this.properties = properties;
		this.url = url;
	}

	/**
	 * The query path of a store: the reader account's own URL when configured, else the
	 * store's, made safe for a reader.
	 */
	public static ReadOnlyQuery forStore(QueryProperties properties, String storeUrl) {
		return new ReadOnlyQuery(properties, properties.url() == null ? ReaderUrl.of(storeUrl) : properties.url());
	}

	public QueryResult run(String sql) throws SQLException {
		String trimmed = sql.strip().replaceAll(";\\s*$", "");
		if (!READ.matcher(trimmed.toUpperCase(Locale.ROOT)).find() || trimmed.contains(";")) {
			throw new IllegalArgumentException("query 只接受一条只读语句（SELECT/WITH/SHOW/EXPLAIN）");
		}
		try (Connection con = DriverManager.getConnection(url, properties.username(), properties.password())) {
			con.setReadOnly(true);
			con.setAutoCommit(false);
			try (Statement st = con.createStatement()) {
				st.setQueryTimeout(properties.timeoutSeconds());
				st.setMaxRows(properties.maxRows() + 1);
				try (ResultSet rs = st.executeQuery(trimmed)) {
					return read(rs, properties.maxRows());
				}
			}
			finally {
				con.rollback();
			}
		}
	}

	private static QueryResult read(ResultSet rs, int maxRows) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
		}
		List<List<String>> rows = new ArrayList<>();
		while (rs.next()) {
			if (rows.size() == maxRows) {
				return new QueryResult(columns, rows, true);
			}
			List<String> row = new ArrayList<>();
			for (int i = 1; i <= columns.size(); i++) {
				Object value = rs.getObject(i);
				row.add(value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
			}
			rows.add(row);
		}
		return new QueryResult(columns, rows, false);
	}

}
