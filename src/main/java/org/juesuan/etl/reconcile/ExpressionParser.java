package org.juesuan.etl.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a rule's {@code check}: {@code <sum> (=|<=) <sum>}, where a sum is terms joined by {@code " + "} or
 * {@code " - "}, and a term is {@code [prev.]T<n>[row].column} or {@code [prev.]sum(T<n>[@selector].column)}.
 */
final class ExpressionParser {

	private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s+(=|<=|≤)\\s+(.+)$");
	private static final Pattern TERM = Pattern.compile("^(prev\\.)?(sum\\()?T(\\d{1,2})\\[(.+?)\\]\\.([^\\s]+?)(\\))?$");

	private ExpressionParser() {
	}

	static Comparison parse(String text) {
		Matcher m = COMPARISON.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("expected '<sum> = <sum>' or '<sum> <= <sum>': " + text);
		}
		Comparison.Operator op = m.group(2).equals("=") ? Comparison.Operator.EQUAL : Comparison.Operator.AT_MOST;
		return new Comparison(sum(m.group(1)), op, sum(m.group(3)));
	}

	private static List<Term> sum(String text) {
		List<Term> terms = new ArrayList<>();
		boolean negative = false;
		for (String token : text.strip().split("\\s+")) {
			if (token.equals("+") || token.equals("-")) {
				negative = token.equals("-");
			} else {
				terms.add(term(token, negative));
				negative = false;
			}
		}
		return terms;
	}

	static Term term(String token, boolean negative) {
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
			throw new IllegalArgumentException("a selector row (@…) needs sum(…), and sum(…) needs a selector: " + token);
		}
		return new Term(negative, m.group(1) != null, table, row, m.group(5));
	}
}
