/**
 * The Spring Batch wiring: {@code importJob} discovers packages, ingests them department by department (each
 * in its own transaction, a bad package recorded and skipped) and reports a summary.
 */
package org.juesuan.etl.pipeline;
