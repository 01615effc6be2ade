package org.juesuan.etl.narrative;

import java.util.List;
import java.util.regex.Pattern;

/** Small string operations on the words before a figure. */
final class Phrases {

	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s，、：；。/／|]+|[\\s，、：；/／|]+$");

	private Phrases() {
	}

	static String trimPunctuation(String text) {
		String result = text;
		String before;
		do {
			before = result;
			result = EDGE_PUNCTUATION.matcher(result).replaceAll("");
		}
		while (!result.equals(before));
		return result;
	}

	/** Removes every pattern, repeatedly, until none applies. */
	static String strip(String text, List<Pattern> patterns) {
		String result = text;
		String before;
		do {
			before = result;
			for (Pattern pattern : patterns) {
				result = trimPunctuation(pattern.matcher(result).replaceFirst(""));
			}
		}
		while (!result.equals(before) && !result.isEmpty());
		return result;
	}

	/** The longest of the words the text ends with, or null. */
	static String endingWith(String text, List<String> words) {
		return words.stream().filter(text::endsWith).max(java.util.Comparator.comparing(String::length)).orElse(null);
	}

	static String startingWith(String text, List<String> words) {
		return words.stream().filter(text::startsWith).max(java.util.Comparator.comparing(String::length)).orElse(null);
	}

}
