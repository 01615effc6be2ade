package org.juesuan.etl.narrative;

import java.util.List;
import java.util.regex.Pattern;

/** Small string operations on the words before a figure. */
final class Phrases {

	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s，、：；。/／|]+|[\\s，、：；/／|]+$");

	/**
	 * The characters {@link #EDGE_PUNCTUATION} removes at the start (its \s is ASCII
	 * only).
	 */
	private static final String LEADING = " \t\n\u000B\f\r，、：；。/／|";

	/** Those it removes at the end. */
	private static final String TRAILING = " \t\n\u000B\f\r，、：；/／|";

	private Phrases() {
	}

	static String trimPunctuation(String text) {
		if (text.isEmpty() || untrimmed(text)) {
			return text;
		}
		String result = text;
		String before;
		do {
			before = result;
			result = EDGE_PUNCTUATION.matcher(result).replaceAll("");
		}
		while (!result.equals(before));
		return result;
	}

	/**
	 * True when {@link #EDGE_PUNCTUATION} cannot match: the first character is not one it
	 * removes at the start, and the last neither one it removes at the end nor a line
	 * terminator (before which its {@code $} matches too).
	 */
	private static boolean untrimmed(String text) {
		char first = text.charAt(0);
		char last = text.charAt(text.length() - 1);
		return LEADING.indexOf(first) < 0 && TRAILING.indexOf(last) < 0 && last != '\u0085' && last != '\u2028'
				&& last != '\u2029';
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
