/**
 * The Spring Batch wiring: {@code importJob} discovers packages, ingests them department
 * by department (each in its own transaction, a bad package recorded and skipped), checks
 * each department-year's narrative and tables (an exception in one department is its
 * internal-error finding, the others go on), consolidates the district, writes the
 * reports and outputs, and logs a summary; {@code checkJob} re-checks what is stored. A
 * run holds the store's run lock and first recovers executions left by dead runs;
 * {@link org.juesuan.etl.pipeline.ImportSchedule} repeats imports at cron times.
 */
package org.juesuan.etl.pipeline;
