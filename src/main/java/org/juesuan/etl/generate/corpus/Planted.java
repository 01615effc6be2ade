package org.juesuan.etl.generate.corpus;

/**
 * The result of planting one error in a paragraph.
 *
 * @param text the paragraph's new text
 * @param anchor the wrong text as it appears in the department's spacing (kept unbroken;
 * the fragment grows from it)
 * @param stated what the narrative now states
 * @param correct what it should state
 * @param note how the error was made
 */
record Planted(String text, String anchor, String stated, String correct, String note) {

	/**
	 * Replaces the first occurrence of {@code find}; fails if absent, so a plant never
	 * silently does nothing.
	 */
	static String replaceOnce(String text, String find, String replace) {
		int at = text.indexOf(find);
		if (at < 0) {
			throw new IllegalStateException("cannot plant: '" + find + "' not in: " + text);
		}
		return text.substring(0, at) + replace + text.substring(at + find.length());
	}
}
