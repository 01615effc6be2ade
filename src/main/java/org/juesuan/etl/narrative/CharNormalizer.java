package org.juesuan.etl.narrative;

import java.util.regex.Pattern;

/**
 * Normalises one extracted line: full-width digits, letters, {@code ．} and {@code ％} to
 * ASCII; ASCII brackets and separators to their Chinese forms (but a comma between digits
 * stays a thousands separator); spaces between Chinese characters removed ("因 公 出 国" →
 * "因公出国"), a space beside a digit kept.
 */
final class CharNormalizer {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

	private static final String WIDE = "\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20“”‘’、";

	private static final Pattern CJK_SPACE = Pattern.compile("(?<=[" + WIDE + "])\\s+(?=[" + WIDE + "])");

	private static final Pattern BULLET = Pattern.compile("^[-•·●▪]\\s+");

	private CharNormalizer() {
	}

	static String normalize(String line) {
		StringBuilder out = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			out.append(map(line, i));
		}
		// each pattern only where it can match: most lines have no space and no bullet
		String text = (hasSpace(out) ? SPACES.matcher(out).replaceAll(" ") : out.toString()).strip();
		if (!text.isEmpty() && "-•·●▪".indexOf(text.charAt(0)) >= 0) {
			text = BULLET.matcher(text).replaceFirst("");
		}
		return text.indexOf(' ') >= 0 ? CJK_SPACE.matcher(text).replaceAll("") : text;
	}

	/** Whether {@link #SPACES} finds anything: {@code \s}, U+00A0 or U+3000. */
	private static boolean hasSpace(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
					|| c == '\u3000') {
				return true;
			}
		}
		return false;
	}

	private static char map(String line, int i) {
		char c = line.charAt(i);
		if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '．' || c == '％') {
			return (char) (c - 0xFEE0);
		}
		return switch (c) {
			case '(' -> '（';
			case ')' -> '）';
			case ';' -> '；';
			case ':' -> betweenDigits(line, i) ? c : '：';
			case ',' -> betweenDigits(line, i) ? c : '，';
			case '\t' -> ' ';
			default -> c;
		};
	}

	private static boolean betweenDigits(String line, int i) {
		return i > 0 && i + 1 < line.length() && Character.isDigit(line.charAt(i - 1))
				&& Character.isDigit(line.charAt(i + 1));
	}

}
