package org.juesuan.etl.pipeline;

import java.util.function.Consumer;

import org.juesuan.etl.store.ClaimWriter;
import org.juesuan.etl.store.FindingWriter;
import org.juesuan.etl.store.RetriedTransaction;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

/**
 * Writes a checked department-year as the two checks did on their own: its narrative
 * claims, extraction report and narrative findings in one transaction, then its audit
 * findings in another (each replacing the previous ones). Called by the check threads for
 * the department-year each has just checked, so the writing runs on every core as the
 * checking does; each transaction is a {@link RetriedTransaction}, as the ingest's are.
 */
class CheckWriter {

	static final String NARRATIVE = "narrative";

	static final String AUDIT = "audit";

	private final ClaimWriter claims;

	private final FindingWriter findings;

	private final RetriedTransaction ownTransaction;

	private final CheckTimes times;

	CheckWriter(ClaimWriter claims, FindingWriter findings, PlatformTransactionManager transactions, CheckTimes times) {
		this.claims = claims;
		this.findings = findings;
		this.ownTransaction = new RetriedTransaction(transactions);
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
		ownTransaction.execute("the check's results", checked.target(), work);
		return null;
	}

}
