package org.juesuan.etl.ingest;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.etl.template.Text;

/**
 * Reads an amount cell: numbers by their stored value; text numbers with thousands
 * separators ({@code 2,946.25}) or accounting negatives ({@code (1.50)}); blank = zero;
 * the set's placeholders = no value.
 */
final class AmountParser {

	private static final Pattern NUMBER = Pattern.compile("^(\\(|-)?(\\d{1,3}(,\\d{3})+|\\d+)(\\.(\\d+))?\\)?$");

	private final Set<String> placeholders;

	AmountParser(Set<String> placeholders) {
		this.placeholders = placeholders;
	}

	Amount parse(GridCell cell) {
		if (cell.error()) {
			return new Amount.Unreadable(cell.text());
		}
		if (cell.number() != null) {
			return new Amount.Value(cell.number(), cell.scale() >= 0 ? cell.scale() : generalScale(cell.number()));
		}
		String text = Text.normalize(cell.text()).replace('，', ',');
		if (text.isEmpty()) {
			return new Amount.Blank();
		}
		if (placeholders.contains(text)) {
			return new Amount.Placeholder(text);
		}
		return parseText(text, cell.text());
	}

	/**
	 * A number in the General format shows the digits it has: 352.49 is published to the
	 * cent, but 352 or 352.5 may be 352.00 and 352.50 in a table printed to the cent, so
	 * their precision is unknown (-1: the table's usual one).
	 */
	private static int generalScale(BigDecimal number) {
		return number.scale() >= 2 ? number.scale() : -1;
	}

	private static Amount parseText(String text, String raw) {
		Matcher m = NUMBER.matcher(text);
		boolean parenthesised = text.startsWith("(") && text.endsWith(")");
		if (!m.matches() || (text.startsWith("(") != text.endsWith(")"))) {
			return new Amount.Unreadable(raw);
		}
		BigDecimal value = new BigDecimal(m.group(2).replace(",", "") + (m.group(4) == null ? "" : m.group(4)));
		boolean negative = parenthesised || "-".equals(m.group(1));
		return new Amount.Value(negative ? value.negate() : value, m.group(5) == null ? 0 : m.group(5).length());
	}

	/**
	 * True when the cell holds something that reads as a number (a data signal, not a
	 * header).
	 */
	boolean isNumeric(GridCell cell) {
		return parse(cell) instanceof Amount.Value;
	}

}
