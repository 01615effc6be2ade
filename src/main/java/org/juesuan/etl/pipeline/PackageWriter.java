package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.model.ParsedPackage;
import org.juesuan.etl.store.PackageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessException;

/**
 * Stores each parsed package of a chunk (one per chunk) under the run's id; a package the
 * database refuses is recorded as rejected with the database's reason, and the run goes
 * on.
 */
class PackageWriter implements ItemWriter<ParsedPackage> {

	private static final Logger log = LoggerFactory.getLogger(PackageWriter.class);

	private final PackageStore store;

	private final String runId;

	PackageWriter(PackageStore store, String runId) {
		this.store = store;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ParsedPackage> chunk) {
		for (ParsedPackage pkg : chunk) {
			try {
				store.save(pkg, runId);
			}
			catch (DataAccessException e) {
				log.error("{}: the store refused the package", pkg.ref(), e);
				saveRejection(new ParsedPackage(pkg.ref(), pkg.set(), pkg.files(), List.of(), List.of(),
						"写入数据库失败：" + rootCause(e)));
			}
		}
	}

	/**
	 * The rejection is kept short and its names hashed, so it does not fail as the
	 * package did; if it still does, the run goes on.
	 */
	private void saveRejection(ParsedPackage rejected) {
		try {
			store.save(rejected, runId);
		}
		catch (DataAccessException e) {
			log.error("{}: not even the rejection could be stored: {}", rejected.ref(), rootCause(e), e);
		}
	}

	private static String rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}

}
