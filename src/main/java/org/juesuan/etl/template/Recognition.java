package org.juesuan.etl.template;

/**
 * Which table a sheet holds and how that was decided.
 *
 * @param template the table's template
 * @param titleRow the 0-based row of the title, or -1 when recognised by label or
 * signature
 * @param evidence a short account for logs and findings, e.g.
 * {@code title "支出决算表" (1.00)}
 * @param score how sure: the title's similarity (1.0 exact), less for a label or header
 * words alone; set detection prefers the set whose tables the package's sheets match best
 */
public record Recognition(TableTemplate template, int titleRow, String evidence, double score) {

	static final double LABEL_SCORE = 0.6;
	static final double SIGNATURE_SCORE = 0.4;

}
