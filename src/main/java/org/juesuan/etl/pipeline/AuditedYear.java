package org.juesuan.etl.pipeline;

import java.util.List;

import org.juesuan.etl.store.FigureReader.DepartmentYear;
import org.juesuan.etl.store.Finding;

/** A department-year and what the audit found in it. */
record AuditedYear(DepartmentYear target, List<Finding> findings) {
}
