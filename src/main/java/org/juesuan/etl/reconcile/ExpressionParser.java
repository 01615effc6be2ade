package org.juesuan.etl.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.etl.model.Term;

/**
 * Parses a rule's {@code check}: {@code <sum> (=|<=) <sum>}, where a sum is terms joined
 * by {@code " + "} or {@code " - "}, and a term is {@code [prev.]T<n>[row].column} or
 * {@code [prev.]sum(T<n>[@selector].column)}.
 */
final class ExpressionParser {

	private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s+(=|<=|≤)\\s+(.+)$");

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
			}
			else {
				terms.add(Term.parse(token, negative));
				negative = false;
			}
		}
		return terms;
	}

}
