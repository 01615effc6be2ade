package org.juesuan.etl.ingest;

/**
 * Counts one worksheet part's {@code <row>} elements against the sheet-row cap while it
 * is streamed, so the cap costs no pass of its own; {@link #none()} for a part
 * {@link WorkbookGuard} does not cap.
 */
final class RowCap {

	/** The part has more rows than the cap; the workbook is refused. */
	static final class Exceeded extends RuntimeException {

		private final String part;

		Exceeded(String part) {
			super(part, null, false, false);
			this.part = part;
		}

		String part() {
			return part;
		}

	}

	private final String part;

	private final int cap;

	private int rows;

	RowCap(String part, int cap) {
		this.part = part;
		this.cap = cap;
	}

	static RowCap none() {
		return new RowCap(null, Integer.MAX_VALUE);
	}

	void count() {
		if (rows++ >= cap) {
			throw new Exceeded(part);
		}
	}

}
