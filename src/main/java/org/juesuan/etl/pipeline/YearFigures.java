package org.juesuan.etl.pipeline;

import org.juesuan.etl.model.DepartmentYear;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.store.FigureReader;

/**
 * A department-year's stored figures and its previous year's (null when none is loaded),
 * read once for both the narrative check and the audit.
 */
record YearFigures(FigureIndex current, FigureIndex previous) {

	static YearFigures load(FigureReader reader, DepartmentYear target) {
		return new YearFigures(reader.index(target), reader.previousIndex(target));
	}

}
