package org.juesuan.etl.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

/**
 * HTML text: everything from the store is escaped (department and file names are data,
 * never markup).
 */
final class Html {

	private Html() {
	}

	static String esc(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** An amount in 元 shown in 万元 with two decimals, or — when absent. */
	static String wan(BigDecimal yuan) {
		return yuan == null ? "—" : new DecimalFormat("#,##0.00")
			.format(yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP));
	}

	static double wanValue(BigDecimal yuan) {
		return yuan == null ? 0 : yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).doubleValue();
	}

}
