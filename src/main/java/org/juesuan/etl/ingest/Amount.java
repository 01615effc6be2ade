package org.juesuan.etl.ingest;

import java.math.BigDecimal;

/**
 * What an amount cell says: a value as published (with the decimals shown), blank (zero),
 * a placeholder such as {@code —} (no value), or something unreadable ({@code abc},
 * {@code #REF!}).
 */
sealed interface Amount {

	/**
	 * A value; {@code scale} is the decimals published, or -1 when the cell does not say
	 * (General format).
	 */
	record Value(BigDecimal published, int scale) implements Amount {
	}

	record Blank() implements Amount {
	}

	record Placeholder(String text) implements Amount {
	}

	record Unreadable(String raw) implements Amount {
	}

}
