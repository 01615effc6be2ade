package org.juesuan.etl.narrative;

/**
 * A body paragraph of the narrative, for checks that read the text itself (the years it
 * names, template text left in).
 *
 * @param paragraph index among the document's paragraphs
 * @param part the part it stands in, e.g. {@code 第三部分}; empty before the first part
 * heading
 * @param section the section it stands in, e.g. {@code 六、一般公共预算财政拨款基本支出决算情况说明}
 * @param text the repaired paragraph
 */
public record Passage(int paragraph, String part, String section, String text) {
}
