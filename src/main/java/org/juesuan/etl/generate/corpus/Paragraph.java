package org.juesuan.etl.generate.corpus;

/**
 * One paragraph of a narrative, as written before PDF-style line breaking. Paragraphs are
 * separated by a blank line in the output, so a planted copy can be compared paragraph by
 * paragraph with its clean twin.
 *
 * @param key stable identity within the narrative (e.g. {@code 三}, {@code 五.三.2})
 * @param text the text, figures separated from words by single spaces
 * @param anchor a text to keep unbroken (a planted error's fragment core), or null
 */
record Paragraph(String key, String text, String anchor) {

	static Paragraph of(String key, String text) {
		return new Paragraph(key, text, null);
	}

	Paragraph with(String newText, String newAnchor) {
		return new Paragraph(key, newText, newAnchor);
	}
}
