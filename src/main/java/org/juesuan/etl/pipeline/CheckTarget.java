package org.juesuan.etl.pipeline;

import org.juesuan.etl.model.DepartmentYear;

/**
 * A department-year the check step audits, and whether it checks its narrative too: the
 * import checks the narratives of what it loaded, and audits as well the next year of
 * each when stored (its opening balances depend on it).
 */
record CheckTarget(DepartmentYear target, boolean narrative) {
}
