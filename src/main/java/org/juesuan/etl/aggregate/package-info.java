/**
 * District-wide outputs for analysts and finance officers: the findings reports of a run (CSV for Excel, XLSX
 * with filters) and, through the {@code v_district_figure} view, the consolidated tables.
 */
package org.juesuan.etl.aggregate;
