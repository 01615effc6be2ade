package org.juesuan.etl.narrative;

/**
 * One line as a format gives it, with how strongly it is separated from the line before:
 * a soft line break inside a paragraph (PDF), the start of a paragraph (a text line, a
 * Word paragraph, a PDF paragraph), or a hard break never to be joined across (a table
 * row).
 */
record SourceLine(String text, Break before) {

	/** How a line is separated from the line before it. */
	enum Break {

		SOFT, PARAGRAPH, HARD

	}
}
