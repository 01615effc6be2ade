package org.juesuan.etl.generate.corpus;

/**
 * How one department writes its narrative. Every switch produces correct text; none is an
 * error.
 *
 * @param compact numbers written flush with the words ({@code 为123.45万元}) instead of
 * PDF-style spaced
 * @param lineWidth PDF extraction: a line break about every {@code lineWidth} characters
 * (0: none)
 * @param truncate percentages cut at the last printed digit instead of rounded half-up
 * @param adjustShares a share list whose rounded shares miss 100 % by one last-digit unit
 * is corrected on its largest share, so that it totals 100 %
 * @param omitUnit the second amount of a list is written without 万元
 * @param numbering how 项 lines are numbered
 * @param flatOffice 机关运行经费 equal to last year's (a 持平 paragraph)
 * @param supplementaryItem a 项 with no 年初预算 (年中追加), or null
 * @param shortClassNames Sichuan: 类 names without 支出 (一般公共服务（类）)
 * @param listAllIncome Sichuan: the income list names all eight sources, zero ones too
 */
record NarrativeStyle(boolean compact, int lineWidth, boolean truncate, boolean adjustShares, boolean omitUnit,
		Numbering numbering, boolean flatOffice, String supplementaryItem, boolean shortClassNames,
		boolean listAllIncome) {

	/** Item numbering: 1、 or 1. or （1）. */
	enum Numbering {

		DUN, DOT, PAREN;

		String of(int n) {
			return switch (this) {
				case DUN -> n + "、";
				case DOT -> n + ".";
				case PAREN -> "（" + n + "）";
			};
		}

	}
}
