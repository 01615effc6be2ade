package org.juesuan.etl.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates (or re-passwords) the analysts' account and grants it SELECT on every
 * {@code v_*} view of the store, and on nothing else. Runs on an admin connection: on H2
 * after every migration, on MySQL/MariaDB by {@code grant-reader}.
 */
public final class ReaderAccount {

	private final QueryProperties properties;

	public ReaderAccount(QueryProperties properties) {
		this.properties = properties;
	}

	/** Returns the views granted. */
	public List<String> grant(Connection admin) throws SQLException {
		boolean h2 = isH2(admin);
		List<String> views = views(admin);
		try (Statement st = admin.createStatement()) {
			for (String sql : h2 ? h2Statements(views) : mysqlStatements(views)) {
				st.execute(sql);
			}
		}
		return views;
	}

	static boolean isH2(Connection con) throws SQLException {
		return con.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
	}

	private List<String> h2Statements(List<String> views) {
		String user = properties.username();
		List<String> sql = new ArrayList<>();
		sql.add("CREATE USER IF NOT EXISTS " + user + " PASSWORD " + h2Literal(properties.password()));
		sql.add("ALTER USER " + user + " SET PASSWORD " + h2Literal(properties.password()));
		views.forEach(v -> sql.add("GRANT SELECT ON " + v + " TO " + user));
		return sql;
	}

	private List<String> mysqlStatements(List<String> views) {
		String user = "'" + properties.username() + "'@'%'";
		List<String> sql = new ArrayList<>();
		sql.add("CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY " + literal(properties.password()));
		sql.add("ALTER USER " + user + " IDENTIFIED BY " + literal(properties.password()));
		views.forEach(v -> sql.add("GRANT SELECT ON " + v + " TO " + user));
		return sql;
	}

	private static List<String> views(Connection con) throws SQLException {
		List<String> views = new ArrayList<>();
		try (ResultSet rs = con.getMetaData()
			.getTables(con.getCatalog(), con.getSchema(), "%", new String[] { "VIEW" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME");
				if (name.toLowerCase(Locale.ROOT).startsWith("v_") && name.matches("\\w+")) {
					views.add(name);
				}
			}
		}
		return views;
	}

	private static String h2Literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	/** MySQL reads a backslash as an escape in a string literal; H2 does not. */
	private static String literal(String text) {
		return h2Literal(text.replace("\\", "\\\\"));
	}

}
