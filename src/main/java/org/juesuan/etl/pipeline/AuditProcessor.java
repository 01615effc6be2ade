package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.reconcile.Auditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Audits one department-year. An exception auditing it is an internal error recorded as
 * its only audit finding ({@code audit.internal-error}), its trace in the log, and the
 * other department-years are still audited.
 */
class AuditProcessor implements ItemProcessor<DepartmentYear, AuditedYear> {

	private static final Logger log = LoggerFactory.getLogger(AuditProcessor.class);

	private final Auditor auditor;

	AuditProcessor(Auditor auditor) {
		this.auditor = auditor;
	}

	@Override
	public AuditedYear process(DepartmentYear target) {
		try {
			return new AuditedYear(target, auditor.audit(target));
		}
		catch (RuntimeException e) {
			log.error("{}: internal error while auditing", target, e);
			return new AuditedYear(target, List.of(InternalErrors.finding(InternalErrors.AUDIT, target, "核对表间关系", e)));
		}
	}

}
