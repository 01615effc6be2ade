package org.juesuan.etl.narrative;

/**
 * A body paragraph of the narrative with its place in the outline.
 *
 * @param paragraph index among the document's paragraphs
 * @param part      e.g. {@code 第二部分}; empty before the first part
 * @param section   e.g. {@code 五、一般公共预算财政拨款支出决算情况说明/（三）} or {@code 附件2}
 * @param topic     the report title's subject inside an 附件, else null
 * @param text      the paragraph
 */
record Block(int paragraph, String part, String section, String topic, String text) {

	static final String PART_TWO = "第二部分";
}
