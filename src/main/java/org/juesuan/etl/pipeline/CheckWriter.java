package org.juesuan.etl.pipeline;

import org.juesuan.etl.store.ClaimWriter;
import org.juesuan.etl.store.FindingWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes each checked department-year as the two checks did on their own: its narrative
 * claims, extraction report and narrative findings in one transaction, then its audit
 * findings in another (each replacing the previous ones), whatever else the chunk holds.
 */
class CheckWriter implements ItemWriter<CheckedYear> {

	static final String NARRATIVE = "narrative";

	static final String AUDIT = "audit";

	private final ClaimWriter claims;

	private final FindingWriter findings;

	private final TransactionTemplate ownTransaction;

	private final CheckTimes times;

	CheckWriter(ClaimWriter claims, FindingWriter findings, PlatformTransactionManager transactions, CheckTimes times) {
		this.claims = claims;
		this.findings = findings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.times = times;
	}

	@Override
	public void write(Chunk<? extends CheckedYear> chunk) {
		for (CheckedYear checked : chunk) {
			long id = checked.target().departmentId();
			int year = checked.target().year();
			if (checked.narrative() != null) {
				times.time(CheckTimes.Phase.NARRATIVE, () -> ownTransaction.execute(status -> {
					claims.replace(id, year, checked.narrative().counts(), checked.narrative().claims());
					findings.replace(id, year, NARRATIVE, checked.narrative().findings());
					return null;
				}));
			}
			times.time(CheckTimes.Phase.AUDIT, () -> ownTransaction.execute(status -> {
				findings.replace(id, year, AUDIT, checked.audit());
				return null;
			}));
		}
	}

}
