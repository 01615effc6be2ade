package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words before a figure are searched near their end only where that finds the same.
 */
class NumberScannerTests {

	/**
	 * Texts of up to four pieces: words of the patterns, near-misses, spaces, line ends.
	 */
	private static List<String> texts() {
		List<String> pieces = List.of("附件", "附表", "图", "表", "第", "大于", "不足", "超", "附", "支出", "a", "1", " ", "\t", "\n",
				"\r", "\r\n", "\u000B", "\u0085", "\u2028", "\u2029", "\u3000", "，");
		List<String> texts = new ArrayList<>(List.of(""));
		List<String> last = List.of("");
		for (int length = 1; length <= 4; length++) {
			List<String> longer = new ArrayList<>();
			last.forEach(t -> pieces.forEach(p -> longer.add(t + p)));
			texts.addAll(longer);
			last = longer;
		}
		return texts;
	}

	@Test
	void theEndOfTheWordsAloneSaysWhatTheWholeSays() {
		List<String> texts = texts();
		assertThat(texts).hasSizeGreaterThan(100_000);
		for (Pattern pattern : List.of(NumberScanner.REFERENCE, NumberScanner.COMPARATOR_BEFORE)) {
			for (String text : texts) {
				String longer = "2024年度一般公共预算财政拨款支出" + text;
				assertThat(NumberScanner.endsWith(pattern, text)).as("[%s]", text)
					.isEqualTo(pattern.matcher(text).find());
				assertThat(NumberScanner.endsWith(pattern, longer)).as("[%s]", longer)
					.isEqualTo(pattern.matcher(longer).find());
			}
		}
	}

}
