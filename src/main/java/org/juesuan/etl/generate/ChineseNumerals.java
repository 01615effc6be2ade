package org.juesuan.etl.generate;

/** Chinese ordinals 一 … 九十九 as used for row prefixes like 十一、. */
public final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	public static String of(int n) {
		if (n < 1 || n > 99) {
			throw new IllegalArgumentException("ordinal out of range: " + n);
		}
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
		return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
	}

	/** "一、" style prefix. */
	public static String prefix(int n) {
		return of(n) + "、";
	}

}
