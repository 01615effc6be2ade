package org.juesuan.etl.pipeline;

import java.util.function.Consumer;

import org.juesuan.etl.store.ClaimWriter;
import org.juesuan.etl.store.FindingWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked department-year as the two checks did on their own: its narrative
 * claims, extraction report and narrative findings in one transaction, then its audit
 * findings in another (each replacing the previous ones). Called by the check threads for
 * the department-year each has just checked, so the writing runs on every core as the
 * checking does; the transactions run at READ COMMITTED (no gap locks between departments
 * on MySQL/MariaDB) and are tried again when the database picks one as a deadlock's or
 * lock wait's loser.
 */
class CheckWriter {

	private static final Logger log = LoggerFactory.getLogger(CheckWriter.class);

	static final String NARRATIVE = "narrative";

	static final String AUDIT = "audit";

	/** Attempts of a transaction that lost a deadlock or a lock wait. */
	static final int ATTEMPTS = 3;

	private final ClaimWriter claims;

	private final FindingWriter findings;

	private final TransactionTemplate ownTransaction;

	private final CheckTimes times;

	CheckWriter(ClaimWriter claims, FindingWriter findings, PlatformTransactionManager transactions, CheckTimes times) {
		this.claims = claims;
		this.findings = findings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.times = times;
	}

	void write(CheckedYear checked) {
		long id = checked.target().departmentId();
		int year = checked.target().year();
		if (checked.narrative() != null) {
			times.time(CheckTimes.Phase.NARRATIVE, () -> inOwnTransaction(checked, status -> {
				claims.replace(id, year, checked.narrative().counts(), checked.narrative().claims());
				findings.replace(id, year, NARRATIVE, checked.narrative().findings());
			}));
		}
		times.time(CheckTimes.Phase.AUDIT,
				() -> inOwnTransaction(checked, status -> findings.replace(id, year, AUDIT, checked.audit())));
	}

	private Void inOwnTransaction(CheckedYear checked, Consumer<TransactionStatus> work) {
		for (int attempt = 1;; attempt++) {
			try {
				ownTransaction.executeWithoutResult(work);
				return null;
			}
			catch (ConcurrencyFailureException e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
				log.warn("{}: the database rolled the check's results back ({}); trying again", checked.target(),
						e.getMessage());
			}
		}
	}

}
