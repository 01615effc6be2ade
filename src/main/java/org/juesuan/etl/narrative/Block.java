package org.juesuan.etl.narrative;

/**
 * A body paragraph of the narrative with its place in the outline.
 *
 * @param paragraph index among the document's paragraphs
 * @param part e.g. {@code 第二部分}; empty before the first part
 * @param partTitle the part heading's words after the number, e.g.
 * {@code 2024年度部门决算情况说明}; empty if none
 * @param section e.g. {@code 五、一般公共预算财政拨款支出决算情况说明/（三）} or {@code 附件2}
 * @param topic the report title's subject inside an 附件, else null
 * @param text the paragraph
 */
record Block(int paragraph, String part, String partTitle, String section, String topic, String text) {
}
