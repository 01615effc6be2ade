package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.reconcile.Auditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check step's audit part: audits one department-year. An exception auditing it is an
 * internal error recorded as its only audit finding ({@code audit.internal-error}), its
 * trace in the log, and the other department-years are still audited.
 */
class AuditProcessor {

	private static final Logger log = LoggerFactory.getLogger(AuditProcessor.class);

	private final Auditor auditor;

	AuditProcessor(Auditor auditor) {
		this.auditor = auditor;
	}

	/**
	 * @param figures the department-year's figures as loaded for its checks, or null when
	 * loading them failed: the audit then loads them itself, as it did alone
	 */
	List<Finding> audit(DepartmentYear target, YearFigures figures) {
		try {
			return figures == null ? auditor.audit(target) : auditor.audit(figures.current(), figures.previous());
		}
		catch (RuntimeException e) {
			log.error("{}: internal error while auditing", target, e);
			return List.of(InternalErrors.finding(InternalErrors.AUDIT, target, "核对表间关系", e));
		}
	}

}
