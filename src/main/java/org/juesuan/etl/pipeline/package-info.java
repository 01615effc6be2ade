/**
 * The Spring Batch wiring: {@code importJob} discovers packages, ingests them department by department (each
 * in its own transaction, a bad package recorded and skipped) and reports a summary. A run holds the store's run
 * lock and first recovers executions left by dead runs; {@link org.juesuan.etl.pipeline.ImportSchedule} repeats
 * imports at cron times.
 */
package org.juesuan.etl.pipeline;
