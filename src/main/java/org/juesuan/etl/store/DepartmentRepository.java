package org.juesuan.etl.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Departments by name; a department is created the first time one of its packages is
 * seen. A name is found by its SHA-256 ({@code name_key}), so a name of any length (a
 * folder name is at most 255 bytes) is stored whole.
 */
@Repository
public class DepartmentRepository {

	static final int NAME_LENGTH = 4000;

	private final JdbcTemplate jdbc;

	public DepartmentRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long idOf(String name) {
		String key = key(name);
		var ids = jdbc.queryForList("SELECT id FROM department WHERE name_key = ?", Long.class, key);
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		jdbc.update("INSERT INTO department (name, name_key) VALUES (?, ?)", FigureWriter.truncate(name, NAME_LENGTH),
				key);
		return jdbc.queryForObject("SELECT id FROM department WHERE name_key = ?", Long.class, key);
	}

	/**
	 * The hex SHA-256 of the name's UTF-8 bytes, as the migration computes it for names
	 * stored before.
	 */
	static String key(String name) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
