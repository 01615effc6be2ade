package org.juesuan.etl.narrative.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Fingerprint;
import org.juesuan.etl.narrative.NarrativeResult;
import org.juesuan.etl.narrative.Passage;

/**
 * Checks on the words of the narrative rather than its figures: the years the 情况说明 names
 * (the title and part heading, "与 2023 年度相比", "2024 年度收入支出总计", "截至 2024 年 12 月 31 日" must
 * fit the package's year), and template text left in anywhere (XXX, 增加（减少）, （如持平作持平表述）;
 * patterns in {@code mapping.yml}). A finding's fingerprint is its rule, section and the
 * words found, numbered in document order when they recur, never its sentence: rewording
 * the sentence around them keeps its explanation. One instance checks one narrative.
 */
final class NarrativeTextChecks {

	/** "与 2023 年度相比", not "比 2024 年年初预算增加" (a comparison with this year's budget). */
	private static final Pattern COMPARED = Pattern.compile("(与|比|较|同比)\\s*(\\d{4})\\s*年(?!\\s*(年初|调整)?预算)");

	/**
	 * A year opening what the templates put after it: "2024 年度收入支出总计", "2024 年度“三公”经费…",
	 * "2024 年度部门决算"; not "2023 年度财政拨款结转资金" or "2023 年度项目开展绩效评价", which name other years
	 * on purpose.
	 */
	private static final Pattern STATED = Pattern
		.compile("(\\d{4})\\s*年度?\\s*(?=(财政拨款)?(收入支出总计|收入总计|支出总计|" + "“三公”经费|三公经费|部门决算|一般公共预算财政拨款支出|机关运行经费|政府采购))");

	private static final Pattern YEAR_END = Pattern.compile("截至\\s*(\\d{4})\\s*年\\s*12\\s*月\\s*31\\s*日");

	/**
	 * Last year named right after a comparison word ("较上年（2023 年度）…") is the comparison's
	 * year.
	 */
	private static final Pattern COMPARISON_WORDS = Pattern.compile("与|比|较|上年|同比");

	private static final Pattern HEADING_YEAR = Pattern.compile("(\\d{4})\\s*年");

	private final NarrativeMapping mapping;

	/**
	 * How often each (rule, section, words) was found so far: a fingerprint counts them,
	 * the sentence is left out.
	 */
	private final Map<String, Integer> seen = new HashMap<>();

	NarrativeTextChecks(NarrativeMapping mapping) {
		this.mapping = mapping;
	}

	void check(NarrativeResult narrative, FigureIndex index, String file, List<Finding> out) {
		int year = index.year();
		if (narrative.year() != null && narrative.year() != year) {
			out.add(finding("narrative-year", index, file, "标题",
					"编制说明标题年度为 " + narrative.year() + "，部门包为 " + year + " 年度",
					narrative.paragraphs().isEmpty() ? null : narrative.paragraphs().get(0),
					String.valueOf(narrative.year())));
		}
		Matcher heading = HEADING_YEAR.matcher(narrative.partHeading());
		if (heading.find() && Integer.parseInt(heading.group(1)) != year) {
			out.add(finding("narrative-year", index, file, narrative.part(),
					narrative.part() + "标题年度为 " + heading.group(1) + "，部门包为 " + year + " 年度", narrative.partHeading(),
					heading.group(1)));
		}
		narrative.explanatoryPassages().forEach(p -> years(p, year, index, file, out));
		narrative.passages().forEach(p -> templateText(p, index, file, out));
	}

	private void years(Passage p, int year, FigureIndex index, String file, List<Finding> out) {
		List<int[]> compared = new ArrayList<>();
		Matcher m = COMPARED.matcher(p.text());
		while (m.find()) {
			compared.add(new int[] { m.start(2), m.end(2) });
			expect(p, m.group(2), m.start(2), year - 1, "比较年度", index, file, out);
		}
		for (Pattern pattern : List.of(STATED, YEAR_END)) {
			m = pattern.matcher(p.text());
			while (m.find()) {
				int at = m.start(1);
				boolean lastYearCompared = Integer.parseInt(m.group(1)) == year - 1
						&& COMPARISON_WORDS.matcher(p.text().substring(Math.max(0, at - 8), at)).find();
				if (compared.stream().noneMatch(r -> r[0] == at) && !lastYearCompared) {
					expect(p, m.group(1), at, year, "所述年度", index, file, out);
				}
			}
		}
	}

	private void expect(Passage p, String stated, int at, int expected, String what, FigureIndex index, String file,
			List<Finding> out) {
		if (Integer.parseInt(stated) != expected) {
			out.add(finding("narrative-year", index, file, p.section(),
					"编制说明" + what + "为 " + stated + " 年，应为 " + expected + " 年", sentence(p.text(), at), stated));
		}
	}

	private void templateText(Passage p, FigureIndex index, String file, List<Finding> out) {
		for (Pattern pattern : mapping.templateText()) {
			Matcher m = pattern.matcher(p.text());
			while (m.find()) {
				out.add(finding("narrative-template-text", index, file, p.section(),
						"编制说明留有模板文字“" + m.group() + "”，未按实际情况填写", sentence(p.text(), m.start()), m.group()));
			}
		}
	}

	/** The sentence around a position: from the previous 。；！？ to the next. */
	static String sentence(String text, int at) {
		int start = at;
		while (start > 0 && "。；！？".indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		int end = Math.max(at, 0);
		while (end < text.length() && "。；！？".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		return text.substring(start, Math.min(end + 1, text.length())).strip();
	}

	private Finding finding(String kind, FigureIndex index, String file, String section, String message, String quote,
			String what) {
		String rule = "N." + kind.substring("narrative-".length());
		return new Finding(rule, mapping.severity(kind), kind, null, null, null, message, null, null, null, file, quote,
				Fingerprint.of(rule, index.department(), String.valueOf(index.year()), section, what,
						String.valueOf(seen.merge(rule + "\u001f" + section + "\u001f" + what, 1, Integer::sum))));
	}

}
