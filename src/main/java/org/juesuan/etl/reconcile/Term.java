package org.juesuan.etl.reconcile;

/**
 * One reference of a rule expression: {@code [prev.]T<n>[row].column}, or {@code sum(T<n>[@selector].column)}.
 * Row and column may be placeholders ({@code {row}}, {@code {column}}) bound by the rule's for-each.
 *
 * @param negative the term is subtracted
 * @param previousYear read from the previous year's figures of the department
 * @param row a label, a code, {@code {row}}, or a selector such as {@code @类} or {@code @children({row})}
 */
record Term(boolean negative, boolean previousYear, int table, String row, String column) {

	boolean isSelector() {
		return row.startsWith("@");
	}
}
