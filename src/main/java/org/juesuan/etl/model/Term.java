package org.juesuan.etl.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reference of a rule expression: {@code [prev.]T<n>[row].column}, or
 * {@code sum(T<n>[@selector].column)}. Row and column may be placeholders ({@code {row}},
 * {@code {column}}) bound by the rule's for-each.
 *
 * @param negative the term is subtracted
 * @param previousYear read from the previous year's figures of the department
 * @param row a label, a code, {@code {row}}, or a selector such as {@code @类} or
 * {@code @children({row})}
 */
public record Term(boolean negative, boolean previousYear, int table, String row, String column) {

	private static final Pattern TERM = Pattern
		.compile("^(prev\\.)?(sum\\()?T(\\d{1,2})\\[(.+?)\\]\\.([^\\s]+?)(\\))?$");

	public boolean isSelector() {
		return row.startsWith("@");
	}

	/** Parses {@code [prev.]T<n>[row].column} or {@code sum(T<n>[@selector].column)}. */
	public static Term parse(String token, boolean negative) {
		Matcher m = TERM.matcher(token);
		if (!m.matches() || (m.group(2) != null) != (m.group(6) != null)) {
			throw new IllegalArgumentException("expected T<n>[row].column or sum(T<n>[@selector].column): " + token);
		}
		int table = Integer.parseInt(m.group(3));
		if (table < 1) {
			throw new IllegalArgumentException("table numbers start at T1: " + token);
		}
		String row = m.group(4);
		if (row.startsWith("@") != (m.group(2) != null) && !row.equals("{name}") && !row.equals("{path}")) {
			throw new IllegalArgumentException(
					"a selector row (@…) needs sum(…), and sum(…) needs a selector: " + token);
		}
		return new Term(negative, m.group(1) != null, table, row, m.group(5));
	}
}
