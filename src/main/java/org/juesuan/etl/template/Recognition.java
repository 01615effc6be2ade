package org.juesuan.etl.template;

/**
 * Which table a sheet holds and how that was decided.
 *
 * @param template the table's template
 * @param titleRow the 0-based row of the title, or -1 when recognised by label or signature
 * @param evidence a short account for logs and findings, e.g. {@code title "支出决算表" (1.00)}
 */
public record Recognition(TableTemplate template, int titleRow, String evidence) {
}
