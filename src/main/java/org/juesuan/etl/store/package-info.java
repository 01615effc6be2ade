/**
 * The relational store: Flyway migrations (the only schema mechanism, Spring Batch's tables included), the
 * atomic replacement of a department-year's figures, tables and findings, and read-only queries for analysts.
 */
package org.juesuan.etl.store;
