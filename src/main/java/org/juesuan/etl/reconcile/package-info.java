/**
 * Reconciliation: the 勾稽关系 of the 13 tables as declarative rules
 * ({@code config/rules/*.yml}) evaluated over a department-year's stored figures, with a
 * tolerance derived from each figure's published precision, plus completeness and
 * year-over-year checks. Produces findings that name rule, cells, expected, actual,
 * difference. This is the table rule engine alone; the narrative's claims are checked in
 * {@link org.juesuan.etl.narrative.check}.
 */
package org.juesuan.etl.reconcile;
