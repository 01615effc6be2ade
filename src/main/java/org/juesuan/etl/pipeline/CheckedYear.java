package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.narrative.check.NarrativeCheck;

/**
 * A department-year and what its checks gave: the narrative's (null when it was not
 * checked) and the audit's findings.
 */
record CheckedYear(DepartmentYear target, NarrativeCheck narrative, List<Finding> audit) {
}
