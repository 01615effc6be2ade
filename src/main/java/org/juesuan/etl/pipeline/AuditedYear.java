package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.Finding;

/** A department-year and what the audit found in it. */
record AuditedYear(DepartmentYear target, List<Finding> findings) {
}
