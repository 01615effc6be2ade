package org.juesuan.etl.store;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.LoadStatus;
import org.juesuan.etl.model.LoadedFile;
import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.model.ParsedTable;
import org.juesuan.etl.model.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a parsed package: a loaded one replaces its department-year's tables, figures
 * and ingest findings in one transaction (re-importing the same input leaves the same
 * rows); a rejected one is recorded and leaves what was loaded before untouched. Packages
 * may be saved from several threads at once: the rows they share (the department, the
 * classification codes) are created one package at a time and committed before the
 * package's own transaction, which runs at READ COMMITTED (no gap locks between
 * departments on MySQL/MariaDB) and is tried again when the database picks it as a
 * deadlock's or lock wait's loser.
 */
@Repository
public class PackageStore {

	static final String SOURCE = "ingest";

	private final JdbcTemplate jdbc;

	private final DepartmentRepository departments;

	private final FigureWriter figures;

	private final FindingWriter findings;

	private final ClassificationWriter classifications;

	private final TransactionTemplate shared;

	private final RetriedTransaction own;

	PackageStore(JdbcTemplate jdbc, DepartmentRepository departments, FigureWriter figures, FindingWriter findings,
			ClassificationWriter classifications, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.departments = departments;
		this.figures = figures;
		this.findings = findings;
		this.classifications = classifications;
		this.shared = new TransactionTemplate(transactions);
		this.shared.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.own = new RetriedTransaction(transactions);
	}

	/**
	 * Saves a package in a transaction of its own, so that a package the database refuses
	 * (a value out of range, a name too long) rolls back alone and can be recorded as
	 * rejected.
	 */
	public void save(ParsedPackage pkg, String runId) {
		long dept = sharedRows(pkg);
		own.execute("the package", pkg.ref(), status -> write(pkg, runId, dept));
	}

	/**
	 * The department's id, and the classification codes of the package's figures, created
	 * and committed by one package at a time: two threads creating the same department or
	 * code would otherwise wait on each other's uncommitted row and fail as duplicates.
	 */
	private long sharedRows(ParsedPackage pkg) {
		synchronized (shared) {
			return shared.execute(status -> {
				long id = departments.idOf(pkg.ref().department());
				if (!pkg.rejected()) {
					classifications.merge(pkg.tables().stream().flatMap(t -> t.figures().stream()).toList());
				}
				return id;
			});
		}
	}

	private void write(ParsedPackage pkg, String runId, long dept) {
		int year = pkg.ref().year();
		long load = insertLoad(pkg, runId, dept);
		jdbc.batchUpdate(
				"INSERT INTO load_file (load_id, file_name, sha256, size_bytes, is_narrative) VALUES (?, ?, ?, ?, ?)",
				pkg.files(), 100, (ps, f) -> bindFile(ps, load, f));
		if (pkg.rejected()) {
			jdbc.update(
					"DELETE FROM finding WHERE department_id = ? AND fiscal_year = ? AND rule_id = 'ingest.package-rejected'",
					dept, year);
			findings.insertRead(dept, pkg.ref().department(), year, SOURCE,
					List.of(Finding.read("ingest.package-rejected", Severity.ERROR, "file", null, null, null,
							"部门包未导入：" + pkg.rejection(), pkg.ref().toString())));
			return;
		}
		jdbc.update("DELETE FROM figure WHERE department_id = ? AND fiscal_year = ?", dept, year);
		jdbc.update("DELETE FROM table_instance WHERE department_id = ? AND fiscal_year = ?", dept, year);
		findings.deleteSource(dept, year, SOURCE);
		for (ParsedTable table : pkg.tables()) {
			insertTable(dept, year, load, pkg.setName(), table);
			figures.insert(dept, year, table.figures());
		}
		findings.insertRead(dept, pkg.ref().department(), year, SOURCE, pkg.findings());
	}

	private long insertLoad(ParsedPackage pkg, String runId, long dept) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement(
					"""
							INSERT INTO package_load (run_id, department_id, fiscal_year, status, reason, figure_count, table_count,
							  finding_count, loaded_at, template_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					Statement.RETURN_GENERATED_KEYS);
			ps.setString(1, runId);
			ps.setLong(2, dept);
			ps.setInt(3, pkg.ref().year());
			ps.setString(4, (pkg.rejected() ? LoadStatus.REJECTED : LoadStatus.LOADED).name());
			ps.setString(5, FigureWriter.truncate(pkg.rejection(), 2000));
			ps.setInt(6, pkg.figureCount());
			ps.setInt(7, pkg.tables().size());
			ps.setInt(8, pkg.findings().size());
			ps.setTimestamp(9, Timestamp.from(Instant.now()));
			ps.setString(10, pkg.setName());
			return ps;
		}, key);
		return key.getKeyList().get(0).values().stream().map(v -> ((Number) v).longValue()).findFirst().orElseThrow();
	}

	private static void bindFile(PreparedStatement ps, long load, LoadedFile f) throws java.sql.SQLException {
		ps.setLong(1, load);
		ps.setString(2, FigureWriter.truncate(f.name(), FigureWriter.PATH_LENGTH));
		ps.setString(3, f.sha256());
		ps.setLong(4, f.size());
		ps.setBoolean(5, f.narrative());
	}

	private void insertTable(long dept, int year, long load, String set, ParsedTable t) {
		jdbc.update(
				"""
						INSERT INTO table_instance (department_id, fiscal_year, load_id, table_no, template_set, source_file, sheet,
						  published_unit, row_shape, is_empty, statement, stated_department, stated_year, set_table_no, table_name)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				dept, year, load, t.tableNo(), set, FigureWriter.truncate(t.sourceFile(), FigureWriter.PATH_LENGTH),
				FigureWriter.truncate(t.sheet(), 200), t.unit(), t.rowShape().code(), t.empty(),
				FigureWriter.truncate(t.statement(), 1000), FigureWriter.truncate(t.statedDepartment(), 200),
				t.statedYear(), t.setTableNo(), FigureWriter.truncate(t.title(), 100));
	}

}
