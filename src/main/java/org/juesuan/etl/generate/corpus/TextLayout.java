package org.juesuan.etl.generate.corpus;

import java.util.regex.Pattern;

/**
 * Turns a paragraph into the text a reader gets: figures flush with the words for
 * Word-native narratives, and PDF-extraction line breaks (between words, before and after
 * numbers, never inside a number or a protected span).
 */
final class TextLayout {

	private static final Pattern BEFORE_NUMBER = Pattern.compile("(?<=[\\p{IsHan}，。；：、（）“”])\\s(?=[0-9X])");

	private static final Pattern AFTER_NUMBER = Pattern.compile("(?<=[0-9X%])\\s(?=[\\p{IsHan}，。；：、（）“”])");

	private static final String NUMBER = "0123456789.,%X";

	private static final String NO_BREAK_BEFORE = "，。；：、）”%";

	private final NarrativeStyle style;

	TextLayout(NarrativeStyle style) {
		this.style = style;
	}

	/** The paragraph's words and figures as the department spaces them. */
	String spaced(String text) {
		if (!style.compact()) {
			return text;
		}
		return AFTER_NUMBER.matcher(BEFORE_NUMBER.matcher(text).replaceAll("")).replaceAll("");
	}

	/**
	 * Where the protected fragment of {@code anchor} lies in {@code spaced}: {start,
	 * end}, or null.
	 */
	static int[] fragment(String spaced, String anchor) {
		int at = anchor == null ? -1 : spaced.indexOf(anchor);
		if (at < 0) {
			return null;
		}
		int start = at;
		while (start > 0 && at - start < 8 && inFragment(spaced.charAt(start - 1))) {
			start--;
		}
		int end = at + anchor.length();
		while (end < spaced.length() && end - at - anchor.length() < 6 && inFragment(spaced.charAt(end))) {
			end++;
		}
		return new int[] { start, end };
	}

	private static boolean inFragment(char c) {
		return !Character.isWhitespace(c) && "。；".indexOf(c) < 0;
	}

	/**
	 * The spaced text with line breaks about every {@code lineWidth} characters, sparing
	 * {@code keep}.
	 */
	String broken(String spaced, int[] keep) {
		if (style.lineWidth() == 0) {
			return spaced;
		}
		StringBuilder out = new StringBuilder();
		int sinceBreak = 0;
		for (int i = 0; i < spaced.length(); i++) {
			char c = spaced.charAt(i);
			if (sinceBreak >= style.lineWidth() && breakable(spaced, i, keep)) {
				out.append('\n');
				sinceBreak = 0;
				if (c == ' ') {
					continue;
				}
			}
			out.append(c);
			sinceBreak++;
		}
		return out.toString();
	}

	private static boolean breakable(String text, int i, int[] keep) {
		if (keep != null && i > keep[0] && i < keep[1]) {
			return false;
		}
		char before = text.charAt(i - 1);
		char at = text.charAt(i);
		boolean inNumber = NUMBER.indexOf(before) >= 0 && NUMBER.indexOf(at) >= 0;
		return !inNumber && NO_BREAK_BEFORE.indexOf(at) < 0 && "（“".indexOf(before) < 0;
	}

}
