/**
 * The narrative reconciliation: every claim of a department's 编制说明 located in the stored
 * tables through {@code config/narrative/mapping.yml} and compared with them — amounts,
 * shares, changes, completion rates, budgets, listed items, years and template text —
 * with tolerances from the stated precision, and the findings that quote the sentence. It
 * reads the narrative ingest recorded ({@link org.juesuan.etl.model.NarrativeFile}),
 * never the folder.
 */
package org.juesuan.etl.narrative.check;
