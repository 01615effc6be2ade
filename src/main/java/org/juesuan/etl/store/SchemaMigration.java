package org.juesuan.etl.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorCode;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.ValidateOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the store so that a run killed part-way through a migration cannot leave it
 * unusable. MySQL/MariaDB (and H2) commit each DDL statement by itself: a killed
 * migration keeps some of its changes and has no history row, so every migration is
 * written to re-run over its own partial changes ({@code IF NOT EXISTS}, {@code CREATE OR
 * REPLACE VIEW}, {@code DELETE} before {@code INSERT}). Before migrating, a history whose
 * only faults are failed migrations (a re-run that hit a half-applied one under an older
 * build) or the checksums of V1–V22 from before they were made re-runnable is repaired
 * ({@code flyway.repair()}), and migrate runs those migrations again. Any other fault (an
 * applied migration edited, a version this build does not know) stops the start as Flyway
 * reports it. Flyway validates every applied migration's checksum before it migrates, at
 * every start; the history's faults are only examined when that validation fails.
 */
@Component
public class SchemaMigration implements FlywayMigrationStrategy, FlywayConfigurationCustomizer {

	/**
	 * The last version rewritten, without any schema change, to be re-runnable: its old
	 * checksums are repaired.
	 */
	static final int REWRITTEN_UP_TO = 22;

	private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

	private static final Set<ErrorCode> PENDING = Set.of(CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED,
			CoreErrorCode.RESOLVED_REPEATABLE_MIGRATION_NOT_APPLIED);

	/**
	 * The placeholders, set on the one Flyway that Boot builds (see
	 * {@link #withPlaceholders}).
	 */
	@Override
	public void customize(FluentConfiguration configuration) {
		withPlaceholders(configuration);
	}

	/**
	 * Migrates; only when Flyway's own validation (before it migrates) refuses the
	 * history does it look at the faults, repair them if they are all repairable and
	 * migrate again. A healthy store is so validated once per start, not twice.
	 */
	@Override
	public void migrate(Flyway flyway) {
		try {
			flyway.migrate();
		}
		catch (FlywayValidateException refused) {
			List<ValidateOutput> faults = flyway.validateWithResult().invalidMigrations.stream()
				.filter(v -> !PENDING.contains(v.errorDetails.errorCode))
				.toList();
			if (faults.isEmpty() || !faults.stream().allMatch(SchemaMigration::repairable)) {
				throw refused;
			}
			log.warn("修复迁移记录（失败或旧校验和，迁移可重跑）：{}",
					faults.stream().map(v -> "V" + v.version + " " + v.errorDetails.errorCode).toList());
			flyway.repair();
			flyway.migrate();
		}
	}

	/**
	 * Sets the placeholders the migrations use where a database has the re-runnable form
	 * of a statement: H2 and MariaDB have {@code ADD COLUMN IF NOT EXISTS},
	 * {@code CREATE INDEX IF NOT EXISTS}, {@code DROP INDEX IF EXISTS}; MySQL 8 has none
	 * of them, so there they are empty (and those statements are not re-runnable).
	 */
	public static FluentConfiguration withPlaceholders(FluentConfiguration configuration) {
		boolean conditional = supportsConditionalDdl(configuration.getDataSource());
		return configuration.placeholders(Map.of("if_not_exists", conditional ? "IF NOT EXISTS" : "", "if_exists",
				conditional ? "IF EXISTS" : ""));
	}

	private static boolean repairable(ValidateOutput fault) {
		ErrorCode code = fault.errorDetails.errorCode;
		return code == CoreErrorCode.FAILED_VERSIONED_MIGRATION
				|| code == CoreErrorCode.CHECKSUM_MISMATCH && fault.version != null && !fault.version.isEmpty()
						&& Integer.parseInt(fault.version.split("\\.")[0]) <= REWRITTEN_UP_TO;
	}

	private static boolean supportsConditionalDdl(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			return !"MySQL".equals(meta.getDatabaseProductName())
					|| meta.getDatabaseProductVersion().contains("MariaDB");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot connect to migrate the store: " + e.getMessage(), e);
		}
	}

}
