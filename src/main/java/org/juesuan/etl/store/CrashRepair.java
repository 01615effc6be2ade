package org.juesuan.etl.store;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts an H2 store back in order after a run that died while writing, before the next run
 * stores any department. H2's MVStore saves its maps (a table's rows, each of its
 * indexes, the identity counters) one after another in the background, and a process
 * killed between two of them leaves them out of step: an identity counter behind the
 * highest id already written (the next insert collides with a stored row) or an index
 * that misses rows of its table or still names rows the table no longer has ("Row not
 * found in primary index"). So, on H2: every table whose indexes do not each count the
 * table's rows is rebuilt from its rows, and every identity and Spring Batch sequence is
 * moved past the highest id stored. MySQL/MariaDB (InnoDB) recover by themselves; nothing
 * is done there.
 * <p>
 * A rebuild copies the rows to {@code REPAIR_COPY_
 *
<table>
 * }, checks the copy has them all, makes H2 write it to disk, empties the table and fills
 * it back from the copy, then drops the copy. A repair stopped in between is finished by
 * the next one: a table found empty next to its copy is filled from it; a copy next to a
 * table that still has rows was not complete and is dropped. A rebuilt table keeps the
 * rows its own map had; rows only an index still named are gone, so after a rebuild the
 * import reads every package again ({@link Repair#rebuilt()}).
 */
@Component
public class CrashRepair {

	private static final Logger log = LoggerFactory.getLogger(CrashRepair.class);

	private static final String COPY = "REPAIR_COPY_";

	/** A SHA-256 no file has (not hexadecimal): a package with it is read again. */
	static final String FORGOTTEN_HASH = "-".repeat(64);

	/** Spring Batch's id sequences and the key each one hands out. */
	private static final Map<String, String> BATCH_SEQUENCES = Map.of("BATCH_JOB_INSTANCE_SEQ",
			"BATCH_JOB_INSTANCE.JOB_INSTANCE_ID", "BATCH_JOB_EXECUTION_SEQ", "BATCH_JOB_EXECUTION.JOB_EXECUTION_ID",
			"BATCH_STEP_EXECUTION_SEQ", "BATCH_STEP_EXECUTION.STEP_EXECUTION_ID");

	private final JdbcTemplate jdbc;

	CrashRepair(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What a repair did. */
	public record Repair(int rebuilt, int identities) {

		static final Repair NONE = new Repair(0, 0);

	}

	/** Repairs the store after a run that stopped without releasing its lock. */
	public Repair afterUncleanStop() {
		if (!isH2()) {
			return Repair.NONE;
		}
		long start = System.nanoTime();
		finishInterruptedRebuilds();
		int rebuilt = 0;
		for (String table : tables()) {
			if (!table.startsWith(COPY) && !table.equals("RUN_LOCK") && !indexesAgree(table)) {
				rebuild(table);
				rebuilt++;
			}
		}
		if (rebuilt > 0) {
			forgetFileHashes();
		}
		int identities = realignIdentities() + realignBatchSequences();
		long ms = (System.nanoTime() - start) / 1_000_000;
		if (rebuilt + identities == 0) {
			log.info("store checked after the stopped run in {} ms: in order", ms);
		}
		else {
			log.warn("store repaired after the stopped run in {} ms: {} table(s) rebuilt, {} id counter(s) moved past "
					+ "the highest stored id", ms, rebuilt, identities);
		}
		return new Repair(rebuilt, identities);
	}

	/**
	 * After a rebuild every package is to be read again, whichever command took the lock
	 * over (an {@code export} or {@code check} as well as an {@code import}): a rebuilt
	 * table keeps what its own rows held, and rows only an index still named are gone
	 * while the load history would call their packages unchanged. The history's file
	 * hashes are overwritten with one no file has, so the next import finds every package
	 * changed.
	 */
	private void forgetFileHashes() {
		int files = jdbc.update("UPDATE load_file SET sha256 = ?", FORGOTTEN_HASH);
		log.warn("every package will be read again by the next import ({} file hashes of the load history forgotten)",
				files);
	}

	/**
	 * Before the lock is taken: {@code run_lock} is the table a run writes first and most
	 * often (its heartbeat), so on H2 its indexes are checked, and a rebuild a stopped
	 * repair left half-done is finished, before the lock is looked at. An embedded H2
	 * file is open in one process at a time, so no other run writes meanwhile.
	 */
	public void beforeLocking() {
		if (!isH2()) {
			return;
		}
		finishInterruptedRebuilds();
		if (!indexesAgree("RUN_LOCK")) {
			rebuild("RUN_LOCK");
		}
	}

	private boolean isH2() {
		return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con -> ReaderAccount.isH2(con)));
	}

	private List<String> tables() {
		return jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA() "
				+ "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", String.class);
	}

	/**
	 * Whether each index of {@code table} reaches as many rows as a scan of the table
	 * itself; an index naming a row the table lacks fails to count, which is a
	 * disagreement too.
	 */
	boolean indexesAgree(String table) {
		List<Map<String, Object>> indexes = jdbc.queryForList(
				"SELECT i.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c "
						+ "ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.ORDINAL_POSITION = 1 "
						+ "WHERE i.TABLE_SCHEMA = SCHEMA() AND i.TABLE_NAME = ?",
				table);
		if (indexes.isEmpty()) {
			return true;
		}
		String anyColumn = (String) indexes.get(0).get("COLUMN_NAME");
		try {
			long rows = count(table, "", anyColumn);
			for (Map<String, Object> index : indexes) {
				String name = (String) index.get("INDEX_NAME");
				String column = (String) index.get("COLUMN_NAME");
				if (!readsThrough(table, name, column)) {
					continue; // the table's own rows, counted above
				}
				long reached = count(table, quote(name), column);
				if (reached != rows) {
					log.warn("store: index {} of {} reaches {} rows, the table holds {}", name, table, reached, rows);
					return false;
				}
			}
			return true;
		}
		catch (DataAccessException e) {
			log.warn("store: an index of {} cannot be read: {}", table, e.getMessage());
			return false;
		}
	}

	/**
	 * Whether H2's plan for the count reads {@code index} itself, not the table's own
	 * rows ({@code tableScan}).
	 */
	private boolean readsThrough(String table, String index, String column) {
		String plan = jdbc.queryForObject("EXPLAIN " + countQuery(table, quote(index), column), String.class);
		return plan != null && (plan.contains("." + index + " */") || plan.contains("." + index + ":"));
	}

	/** Rows reached through {@code index} (none: a scan of the table's own rows). */
	private long count(String table, String index, String column) {
		Long n = jdbc.queryForObject(countQuery(table, index, column), Long.class);
		return n == null ? 0 : n;
	}

	private static String countQuery(String table, String index, String column) {
		String c = quote(column);
		return "SELECT COUNT(*) FROM " + quote(table) + " USE INDEX (" + index + ") WHERE " + c + " IS NOT NULL OR " + c
				+ " IS NULL";
	}

	private void rebuild(String table) {
		String copy = COPY + table;
		jdbc.execute("DROP TABLE IF EXISTS " + quote(copy));
		jdbc.execute("CREATE TABLE " + quote(copy) + " AS SELECT * FROM " + quote(table) + " USE INDEX ()");
		Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + quote(table) + " USE INDEX ()", Long.class);
		Long copied = jdbc.queryForObject("SELECT COUNT(*) FROM " + quote(copy), Long.class);
		if (copied == null || !copied.equals(rows)) {
			throw new IllegalStateException(
					"store: the copy of " + table + " holds " + copied + " rows, the table " + rows + "; not rebuilt");
		}
		jdbc.execute("CHECKPOINT SYNC"); // the copy on disk before the table is emptied
		refill(table, copy);
		log.warn("store: {} rebuilt from its rows", table);
	}

	private void finishInterruptedRebuilds() {
		List<String> tables = tables();
		for (String copy : tables) {
			if (copy.startsWith(COPY)) {
				String table = copy.substring(COPY.length());
				if (tables.contains(table) && isEmpty(table)) {
					log.warn("store: finishing the rebuild of {} that a stopped run began", table);
					refill(table, copy);
				}
				else {
					jdbc.execute("DROP TABLE " + quote(copy));
				}
			}
		}
	}

	private boolean isEmpty(String table) {
		return jdbc.queryForList("SELECT 1 FROM " + quote(table) + " USE INDEX () LIMIT 1").isEmpty();
	}

	/**
	 * Empties {@code table} and fills it from {@code copy} (one statement: all of the
	 * rows or none), then drops the copy; should the filling fail, the copy stays for the
	 * next repair to fill from.
	 */
	private void refill(String table, String copy) {
		jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
		try {
			jdbc.execute("TRUNCATE TABLE " + quote(table));
			jdbc.execute("INSERT INTO " + quote(table) + " SELECT * FROM " + quote(copy));
		}
		finally {
			jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");
		}
		jdbc.execute("DROP TABLE " + quote(copy));
	}

	private int realignIdentities() {
		int moved = 0;
		for (Map<String, Object> identity : jdbc
			.queryForList("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS "
					+ "WHERE TABLE_SCHEMA = SCHEMA() AND IS_IDENTITY = 'YES'")) {
			String table = (String) identity.get("TABLE_NAME");
			String column = (String) identity.get("COLUMN_NAME");
			if (BATCH_SEQUENCES.containsValue(table + "." + column)) {
				continue; // Batch gives these ids from its sequences, never the identity
			}
			Long max = jdbc.queryForObject("SELECT MAX(" + quote(column) + ") FROM " + quote(table), Long.class);
			long next = ((Number) identity.get("IDENTITY_BASE")).longValue();
			if (max != null && max >= next) {
				log.warn("store: the ids of {} would restart at {}, {} is stored; moved to {}", table, next, max,
						max + 1);
				jdbc.execute("ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " RESTART WITH "
						+ (max + 1));
				moved++;
			}
		}
		return moved;
	}

	private int realignBatchSequences() {
		int moved = 0;
		for (Map<String, Object> sequence : jdbc.queryForList(
				"SELECT SEQUENCE_NAME, BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()")) {
			String name = (String) sequence.get("SEQUENCE_NAME");
			String key = BATCH_SEQUENCES.get(name);
			if (key == null) {
				continue;
			}
			String[] tableColumn = key.split("\\.");
			Long max = jdbc.queryForObject("SELECT MAX(" + tableColumn[1] + ") FROM " + tableColumn[0], Long.class);
			long next = ((Number) sequence.get("BASE_VALUE")).longValue();
			if (max != null && max >= next) {
				log.warn("store: {} would restart at {}, {} is stored; moved to {}", name, next, max, max + 1);
				jdbc.execute("ALTER SEQUENCE " + name + " RESTART WITH " + (max + 1));
				moved++;
			}
		}
		return moved;
	}

	private static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
