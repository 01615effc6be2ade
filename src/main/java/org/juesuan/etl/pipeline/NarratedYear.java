package org.juesuan.etl.pipeline;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.narrative.check.NarrativeCheck;

/** A department-year and what checking its narrative gave. */
record NarratedYear(DepartmentYear target, NarrativeCheck check) {
}
