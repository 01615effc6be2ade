/**
 * The relational store: Flyway migrations (the only schema mechanism, Spring Batch's
 * tables included), the atomic replacement of a department-year's figures, tables and
 * findings, and analysts' queries on a separate account that can read the {@code v_*}
 * views only. It persists the {@link org.juesuan.etl.model} records and uses no
 * capability package.
 */
package org.juesuan.etl.store;
