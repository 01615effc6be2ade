package org.juesuan.etl.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The machine's MariaDB (127.0.0.1:3306, root, no password) for tests that must also pass
 * on MySQL/MariaDB. Each use gets a fresh database. Without a server the test is skipped
 * locally but fails when {@code CI=true}.
 */
public final class MariaDb {

	public static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

	public static final String OPTIONS = "?useUnicode=true&characterEncoding=utf8&connectionTimeZone=LOCAL";

	private MariaDb() {
	}

	/** Recreates {@code database} and points the Spring context at it. */
	public static void register(DynamicPropertyRegistry registry, String database) {
		recreate(database);
		registry.add("spring.datasource.url", () -> SERVER + database + OPTIONS);
		registry.add("spring.datasource.username", () -> "root");
		registry.add("spring.datasource.password", () -> "");
	}

	/** Recreates {@code database} and returns its URL. */
	public static String fresh(String database) {
		recreate(database);
		return SERVER + database + OPTIONS;
	}

	private static void recreate(String database) {
		try (Connection con = DriverManager.getConnection(SERVER + "test" + OPTIONS, "root", "");
				Statement st = con.createStatement()) {
			st.execute("DROP DATABASE IF EXISTS " + database);
			st.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
		catch (SQLException e) {
			throw new IllegalStateException("MariaDB/MySQL at 127.0.0.1:3306 is required (CI=true): " + e.getMessage(),
					e);
		}
	}

	public static boolean reachable() {
		try (Connection con = DriverManager.getConnection(SERVER + "test" + OPTIONS, "root", "")) {
			return con.isValid(2);
		}
		catch (SQLException e) {
			return false;
		}
	}

}
