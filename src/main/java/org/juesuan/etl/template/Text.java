package org.juesuan.etl.template;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalisation of the text found in disclosure workbooks, so that header and label
 * variants compare equal: full-width forms become half-width (NFKC), white space and
 * quotes disappear (line breaks too), and a trailing unit in parentheses ({@code （万元）})
 * is dropped.
 */
public final class Text {

	private static final Pattern DISPLAY_SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

	private static final Pattern DISPLAY_WIDE_GAP = Pattern.compile("(?<=[^\\x00-\\x7F]) (?=[^\\x00-\\x7F])");

	private static final String QUOTE_CHARS = "\"'“”‘’「」『』";

	private static final Pattern UNIT_SUFFIX = Pattern.compile("\\((金额)?(单位[:]?)?(万元|元)\\)$");

	private static final Pattern ORDINAL = Pattern
		.compile("^(\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+[、.．]|\\(\\d+\\)|\\d+[、．]|\\d+\\.(?!\\d))");

	private Text() {
	}

	/**
	 * Half-width, no spaces, no quotes, no trailing unit; {@code null} becomes the empty
	 * string.
	 */
	public static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		String s = Normalizer.isNormalized(raw, Normalizer.Form.NFKC) ? raw
				: Normalizer.normalize(raw, Normalizer.Form.NFKC);
		// one pass instead of two regex replacements: every cell of every sheet comes
		// through here
		StringBuilder kept = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean drop = isSpace(c) || QUOTE_CHARS.indexOf(c) >= 0;
			if (drop && kept == null) {
				kept = new StringBuilder(s.length()).append(s, 0, i);
			}
			else if (!drop && kept != null) {
				kept.append(c);
			}
		}
		String cleaned = kept == null ? s : kept.toString();
		return cleaned.endsWith(")") ? UNIT_SUFFIX.matcher(cleaned).replaceAll("") : cleaned;
	}

	/**
	 * {@code [\\s\\u00A0\\u3000]} (Java's \\s is space, \\t, \\n, \\x0B, \\f and \\r),
	 * and the other line breaks a cell may hold (U+0085, U+2028, U+2029): left in, a
	 * pattern's {@code $} would still match before them, and a test of the text's last
	 * character would not.
	 */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
				|| c == '\u3000' || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	/**
	 * {@link #normalize} and also drops a leading ordinal such as {@code 一、}, {@code （二）}
	 * or {@code 3.}.
	 */
	public static String label(String raw) {
		String s = normalize(raw);
		String stripped = ORDINAL.matcher(s).replaceFirst("");
		return stripped.isEmpty() ? s : stripped;
	}

	/**
	 * The text as a person would read it: trimmed, inner runs of white space removed
	 * between CJK characters.
	 */
	public static String display(String raw) {
		if (raw == null) {
			return "";
		}
		String spaced = DISPLAY_SPACES.matcher(raw.strip()).replaceAll(" ");
		return DISPLAY_WIDE_GAP.matcher(spaced).replaceAll("");
	}

	/** Similarity in [0, 1]: the longest common subsequence over the longer length. */
	public static double similarity(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			char ca = a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				cur[j] = ca == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
			}
			int[] swap = prev;
			prev = cur;
			cur = swap;
		}
		return (double) prev[b.length()] / Math.max(a.length(), b.length());
	}

}
