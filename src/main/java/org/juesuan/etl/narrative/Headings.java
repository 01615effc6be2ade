package org.juesuan.etl.narrative;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading and item forms of the 编制说明 templates (Sichuan's and the national one):
 * 第一部分…, 一、…, （一）…, 附件 1, report titles, numbered items (1. （1） 1、), the table of
 * contents' leader lines and bare page numbers.
 */
final class Headings {

	private static final String NUMERALS = "一二三四五六七八九十";

	static final String CN = "[" + NUMERALS + "]+";

	static final Pattern PART = Pattern.compile("^第(" + CN + ")部分\\s*(.*)$");

	static final Pattern SECTION = Pattern.compile("^(" + CN + ")、([^。；，]{1,40})$");

	static final Pattern SUBSECTION = Pattern.compile("^（(" + CN + ")）\\s*([^。；]{0,40})$");

	static final Pattern ANNEX = Pattern.compile("^附件\\s*(\\d+)[：:\\s]*(.*)$");

	static final Pattern REPORT = Pattern
		.compile("^(\\d{4}\\s*年度?)?\\s*(.{2,60}?)\\s*(专项预算项目|项目支出|部门预算|部门整体)?绩效(评价|自评)报告$");

	private static final Pattern ITEM = Pattern
		.compile("^(\\d{1,2}[.．、](?!\\d)|（\\d{1,2}）|（" + CN + "）|" + CN + "、|第" + CN + "部分|附件\\s*\\d)");

	private static final Pattern LEADER = Pattern.compile("(\\.{3,}|…{2,}|·{3,})\\s*\\d+\\s*$");

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^[-—–\\s]*(第\\s*)?\\d{1,4}\\s*页?\\s*(([/／]|共)\\s*\\d+\\s*页?)?[-—–\\s]*$");

	private static final Pattern TITLE = Pattern.compile("^[^，。；：]{2,30}(说明|报告)$");

	private Headings() {
	}

	/**
	 * Each form is tried only when the text starts or ends as it must (第, a numeral, （,
	 * 附件; 报告 or 说明 at the end): paragraph repair asks this of every line and of every
	 * paragraph as it grows, and most are sentences that no form could match.
	 */
	static boolean isHeading(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		boolean report = text.endsWith("报告");
		return first == '第' && PART.matcher(text).matches()
				|| NUMERALS.indexOf(first) >= 0 && SECTION.matcher(text).matches()
				|| first == '（' && SUBSECTION.matcher(text).matches()
				|| text.startsWith("附件") && ANNEX.matcher(text).matches() || report && REPORT.matcher(text).matches()
				|| (report || text.endsWith("说明")) && TITLE.matcher(text).matches() || "目录".equals(text);
	}

	static boolean startsItem(String text) {
		return ITEM.matcher(text).find();
	}

	/**
	 * The numbering style of the item a paragraph starts ("1、", "（2）", "三、" are "#、",
	 * "（#）", "一、"), or null: items of one style are siblings.
	 */
	static String itemStyle(String text) {
		Matcher m = ITEM.matcher(text);
		if (!m.find()) {
			return null;
		}
		return m.group().replaceAll("\\d+", "#").replaceAll(CN, "一").replaceAll("\\s+", "");
	}

	static boolean isLeaderLine(String text) {
		return LEADER.matcher(text).find();
	}

	static boolean isPageNumber(String text) {
		return PAGE_NUMBER.matcher(text).matches();
	}

	static Matcher match(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.matches() ? m : null;
	}

}
