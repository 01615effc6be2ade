package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Trimming punctuation skips the regex only where the regex would change nothing. */
class PhrasesTests {

	private static final Pattern EDGE = Pattern.compile("^[\\s，、：；。/／|]+|[\\s，、：；/／|]+$");

	/** Trimming as it was: the regex until nothing changes. */
	private static String byRegex(String text) {
		String result = text;
		String before;
		do {
			before = result;
			result = EDGE.matcher(result).replaceAll("");
		}
		while (!result.equals(before));
		return result;
	}

	@Test
	void trimmingAgreesWithTheRegexOnEveryShortText() {
		String alphabet = "支a1 \t\n\u000B\f\r，、：；。/／|\u0085\u2028\u2029\u3000\u00A0.,";
		List<String> texts = new ArrayList<>(List.of(""));
		for (int length = 1; length <= 3; length++) {
			List<String> longer = new ArrayList<>();
			for (String t : texts) {
				if (t.length() == length - 1) {
					for (char c : alphabet.toCharArray()) {
						longer.add(t + c);
					}
				}
			}
			texts.addAll(longer);
		}
		assertThat(texts).hasSizeGreaterThan(10_000);
		for (String text : texts) {
			assertThat(Phrases.trimPunctuation(text)).as("[%s]", text).isEqualTo(byRegex(text));
			assertThat(Phrases.trimPunctuation("基本支出" + text + "万元")).isEqualTo(byRegex("基本支出" + text + "万元"));
			assertThat(Phrases.trimPunctuation(text + "基本支出" + text)).isEqualTo(byRegex(text + "基本支出" + text));
		}
	}

}
