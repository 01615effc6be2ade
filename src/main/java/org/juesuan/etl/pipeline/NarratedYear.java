package org.juesuan.etl.pipeline;

import org.juesuan.etl.reconcile.NarrativeCheck;
import org.juesuan.etl.store.FigureReader.DepartmentYear;

/** A department-year and what checking its narrative gave. */
record NarratedYear(DepartmentYear target, NarrativeCheck check) {
}
