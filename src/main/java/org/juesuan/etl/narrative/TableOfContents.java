package org.juesuan.etl.narrative;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the table of contents: from 目录 (or, without it, from the first part heading) up
 * to the second appearance of the first part heading listed in it.
 */
final class TableOfContents {

	private TableOfContents() {
	}

	/**
	 * {@code [start, end)} of the table of contents, {@code [0, 0)} when there is none.
	 */
	static int[] range(List<String> paragraphs) {
		int start = indexOf(paragraphs, 0);
		int firstPart = nextPart(paragraphs, Math.max(start, 0), null);
		if (firstPart < 0) {
			return new int[] { 0, 0 };
		}
		String ordinal = ordinal(paragraphs.get(firstPart));
		int again = nextPart(paragraphs, firstPart + 1, ordinal);
		if (again < 0) {
			return start < 0 ? new int[] { 0, 0 } : new int[] { start, start + 1 };
		}
		boolean looksLikeToc = start >= 0
				|| paragraphs.subList(firstPart, again).stream().anyMatch(Headings::isLeaderLine);
		return looksLikeToc ? new int[] { start >= 0 ? start : firstPart, again } : new int[] { 0, 0 };
	}

	private static int indexOf(List<String> paragraphs, int from) {
		for (int i = from; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).replace(" ", "").startsWith("目录") && paragraphs.get(i).length() <= 20) {
				return i;
			}
		}
		return -1;
	}

	private static int nextPart(List<String> paragraphs, int from, String ordinal) {
		for (int i = from; i < paragraphs.size(); i++) {
			String found = ordinal(paragraphs.get(i));
			if (found != null && (ordinal == null || ordinal.equals(found))) {
				return i;
			}
		}
		return -1;
	}

	private static String ordinal(String text) {
		Matcher m = Headings.match(Headings.PART, text);
		return m == null || Headings.isLeaderLine(text) ? null : m.group(1);
	}

}
