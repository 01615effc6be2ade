/**
 * The domain model at the bottom of the house: the records and enums every capability
 * passes to another — a department-year, a figure with its lineage, a table and a package
 * as read, a finding (from reading, a table rule or the narrative) with its fingerprint,
 * a narrative claim and how it was checked, severity and statuses — and a
 * department-year's figures indexed by table, row and column with the terms
 * ({@code T3[201].本年支出}) that address them. It uses nothing of the project but
 * {@code template}; {@code store} persists it.
 */
package org.juesuan.etl.model;
