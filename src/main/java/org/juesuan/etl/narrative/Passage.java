package org.juesuan.etl.narrative;

/**
 * A body paragraph of the part that explains the tables, for checks that read the text itself (the years it names,
 * template text left in, listed items).
 *
 * @param paragraph index among the document's paragraphs
 * @param section the section it stands in, e.g. {@code 六、一般公共预算财政拨款基本支出决算情况说明}
 * @param text the repaired paragraph
 */
public record Passage(int paragraph, String section, String text) {
}
