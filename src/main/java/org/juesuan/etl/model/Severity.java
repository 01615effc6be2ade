package org.juesuan.etl.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much a finding matters, most serious first (the order reports list findings in): an
 * ERROR is a figure that is wrong, a WARNING something a reviewer should look at, an INFO
 * a note (a rounding, an unread figure).
 */
public enum Severity {

	ERROR, WARNING, INFO;

	/**
	 * The severity a rule or mapping file names, in any case; anything else is refused
	 * with the allowed values.
	 */
	public static Severity of(String text) {
		String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"severity must be one of " + Arrays.toString(values()) + ": " + text));
	}

}
