package org.juesuan.etl.store;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One department-year's writes in a transaction of their own, from one of several threads
 * writing at once: READ COMMITTED (no gap locks between departments on MySQL/MariaDB),
 * and tried again when the database picks the transaction as a deadlock's or lock wait's
 * loser, up to {@value #ATTEMPTS} times.
 */
public final class RetriedTransaction {

	private static final Logger log = LoggerFactory.getLogger(RetriedTransaction.class);

	/** Attempts of a transaction that lost a deadlock or a lock wait. */
	public static final int ATTEMPTS = 3;

	private final TransactionTemplate own;

	public RetriedTransaction(PlatformTransactionManager transactions) {
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.own.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
	}

	/**
	 * Runs {@code work} in its own transaction, again after a lost deadlock or lock wait;
	 * the last attempt's failure is thrown.
	 * @param what what is written, for the log ("the package", "the check's results")
	 * @param of whose it is, for the log
	 */
	public void execute(String what, Object of, Consumer<TransactionStatus> work) {
		for (int attempt = 1;; attempt++) {
			try {
				own.executeWithoutResult(work);
				return;
			}
			catch (ConcurrencyFailureException e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
				log.warn("{}: the database rolled {} back ({}); trying again", of, what, e.getMessage());
			}
		}
	}

}
