package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences: after 。；！？, and before a numbered item ({@code 1.}
 * or {@code （1）}) that follows a colon or a space; the item number stays with its
 * sentence.
 */
final class Sentences {

	private static final Pattern ITEM_START = Pattern.compile("^(\\d{1,2}[.．](?!\\d)|（\\d{1,2}）)");

	private Sentences() {
	}

	static List<String> split(String paragraph) {
		List<String> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < paragraph.length(); i++) {
			char c = paragraph.charAt(i);
			if ("。；！？".indexOf(c) >= 0) {
				add(sentences, paragraph.substring(start, i + 1));
				start = i + 1;
			}
			else if (i > start && "： ".indexOf(paragraph.charAt(i - 1)) >= 0
					&& ITEM_START.matcher(paragraph.substring(i)).find()) {
				add(sentences, paragraph.substring(start, i));
				start = i;
			}
		}
		add(sentences, paragraph.substring(start));
		return sentences;
	}

	private static void add(List<String> sentences, String sentence) {
		if (!sentence.isBlank()) {
			sentences.add(sentence.strip());
		}
	}

}
