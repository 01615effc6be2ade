package org.juesuan.etl.narrative;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The department and fiscal year named in a narrative's title ("2024 年度 XX中心
 * 部门决算公开编制说明").
 */
final class DocumentTitle {

	private static final Pattern TITLE = Pattern
		.compile("^(\\d{4}\\s*年度?)?\\s*(.*?)\\s*(\\d{4}\\s*年度?)?(部门|单位)?(决算公开)?编制说明$");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");

	private static final int HEAD = 8;

	private DocumentTitle() {
	}

	static String department(List<String> paragraphs) {
		List<String> head = paragraphs.subList(0, Math.min(HEAD, paragraphs.size()));
		for (int i = 0; i < head.size(); i++) {
			Matcher m = TITLE.matcher(head.get(i));
			if (m.matches() && !m.group(2).isBlank()) {
				return m.group(2);
			}
			if (m.matches() && i > 0) {
				return head.get(i - 1).replaceFirst("^\\d{4}\\s*年度?", "").strip();
			}
		}
		return null;
	}

	static Integer year(List<String> paragraphs) {
		return paragraphs.stream()
			.limit(HEAD)
			.map(YEAR::matcher)
			.filter(Matcher::find)
			.findFirst()
			.map(m -> Integer.valueOf(m.group(1)))
			.orElse(null);
	}

}
