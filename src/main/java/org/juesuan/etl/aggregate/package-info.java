/**
 * District-wide outputs for analysts and finance officers: the stored consolidation (汇总)
 * of every canonical table over the district and each configured group
 * ({@code consolidated_figure}, read by {@code v_district_figure} and
 * {@code v_consolidated_figure}), the findings reports of a run, and the district outputs
 * of a year — the consolidated tables as a workbook in the district's template set, the
 * departments and findings as CSV and XLSX (formula-safe), and a self-contained HTML
 * report with charts.
 */
package org.juesuan.etl.aggregate;
