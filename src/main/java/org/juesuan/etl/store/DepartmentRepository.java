package org.juesuan.etl.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Departments by name; a department is created the first time one of its packages is seen. */
@Repository
public class DepartmentRepository {

	private final JdbcTemplate jdbc;

	public DepartmentRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long idOf(String name) {
		var ids = jdbc.queryForList("SELECT id FROM department WHERE name = ?", Long.class, name);
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		jdbc.update("INSERT INTO department (name) VALUES (?)", name);
		return jdbc.queryForObject("SELECT id FROM department WHERE name = ?", Long.class, name);
	}
}
