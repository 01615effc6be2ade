/**
 * Reading departments' packages: discovering {@code input/<year>/<department>/}, opening
 * each workbook once (an .xlsx streamed, an .xls or what the stream cannot reproduce
 * through POI's usermodel), recognising its sheets, locating header bands, panels, code
 * and label columns by their text, and turning every amount cell into a
 * {@link org.juesuan.etl.model.Figure} in yuan with its lineage. Cells that cannot be
 * read become findings; the rest of the table still loads.
 */
package org.juesuan.etl.ingest;
