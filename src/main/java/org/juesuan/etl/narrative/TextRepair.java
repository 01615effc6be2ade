package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns extracted lines into paragraphs, repairing what extraction breaks: characters
 * normalised, bare page numbers dropped, a word cut by a line or page break joined again
 * ("集中办" + "公区", "“三公”" + "经费"), while a line ending a sentence (。！？；：), a heading, or a
 * line starting a numbered item keeps its paragraph break.
 */
final class TextRepair {

	private TextRepair() {
	}

	static List<String> paragraphs(List<SourceLine> lines) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean currentHard = false;
		for (SourceLine line : lines) {
			String text = CharNormalizer.normalize(line.text());
			if (text.isEmpty() || Headings.isPageNumber(text)) {
				continue;
			}
			boolean hard = line.before() == SourceLine.Break.HARD;
			if (!current.isEmpty() && !currentHard && !hard && joins(current.toString(), text, line.before())) {
				current.append(separator(current, text, line.before())).append(text);
				continue;
			}
			flush(paragraphs, current);
			current.append(text);
			currentHard = hard;
		}
		flush(paragraphs, current);
		return paragraphs;
	}

	private static boolean joins(String previous, String next, SourceLine.Break before) {
		if (Headings.isHeading(previous) || Headings.isHeading(next) || Headings.startsItem(next)) {
			return false;
		}
		return before == SourceLine.Break.SOFT || endsMidWord(previous, next);
	}

	/**
	 * A line that does not end a sentence runs on: after a CJK character or a comma, and
	 * also after a figure, a unit or a closing bracket ("…支出（类）" + "1680.69万元", "…支出
	 * 51.56" + "万元") when the next line goes on the sentence.
	 */
	private static boolean endsMidWord(String text, String next) {
		char last = text.charAt(text.length() - 1);
		if (Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN || "，、“（".indexOf(last) >= 0) {
			return true;
		}
		if (closesQuoteMidSentence(text)) {
			return true;
		}
		char first = next.charAt(0);
		boolean continues = Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN || Character.isDigit(first)
				|| "，、。；：%）".indexOf(first) >= 0;
		return "。！？；：".indexOf(last) < 0 && (Character.isDigit(last) || "）%".indexOf(last) >= 0) && continues;
	}

	/**
	 * A closing quote or title mark not preceded by a sentence's end ("…2024 年度“三公”" +
	 * "经费支出决算数小于预算数…", "…《预算法》" + "规定"): the quoted words are part of a sentence that
	 * goes on, whereas "…。”" ends one.
	 */
	private static boolean closesQuoteMidSentence(String text) {
		int n = text.length();
		if (n < 2 || "”’」』》".indexOf(text.charAt(n - 1)) < 0) {
			return false;
		}
		return "。！？；：".indexOf(text.charAt(n - 2)) < 0;
	}

	/**
	 * Nothing between CJK characters, nor inside a number cut by a line end ("191.9" +
	 * "3"); else a space.
	 */
	private static String separator(StringBuilder previous, String next, SourceLine.Break before) {
		char last = previous.charAt(previous.length() - 1);
		char first = next.charAt(0);
		boolean numberCut = before == SourceLine.Break.SOFT && (Character.isDigit(last) || last == '.')
				&& (Character.isDigit(first) || first == '.' || first == '%');
		if (numberCut) {
			return "";
		}
		boolean ascii = isAsciiWord(last) || isAsciiWord(first);
		return ascii ? " " : "";
	}

	private static boolean isAsciiWord(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '%');
	}

	private static void flush(List<String> paragraphs, StringBuilder current) {
		if (!current.isEmpty()) {
			paragraphs.add(current.toString());
			current.setLength(0);
		}
	}

}
