package org.juesuan.etl.pipeline;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Fingerprint;
import org.juesuan.etl.model.Severity;

/**
 * The finding that records a department-year a step could not finish because of an
 * exception (a fault of the program, not of the input): rule
 * {@code <step>.internal-error}, ERROR, naming what was being done; the trace is in the
 * log. The other department-years go on.
 */
final class InternalErrors {

	/**
	 * How every internal error's message begins, an ingest rejection's reason included.
	 */
	static final String PREFIX = "内部错误（程序缺陷，非输入问题，堆栈见日志）：";

	static final String NARRATIVE = "narrative.internal-error";
	static final String AUDIT = "audit.internal-error";

	private InternalErrors() {
	}

	static Finding finding(String ruleId, DepartmentYear target, String doing, RuntimeException e) {
		String cause = e.toString();
		String message = InternalErrors.PREFIX + doing + "时 "
				+ (cause.length() > 300 ? cause.substring(0, 300) + "…" : cause);
		return new Finding(ruleId, Severity.ERROR, "internal", null, null, null, message, null, null, null,
				target.year() + "/" + target.department(), null,
				Fingerprint.of(ruleId, target.department(), String.valueOf(target.year())));
	}

}
