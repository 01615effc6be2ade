package org.juesuan.etl.store;

/** What the store knows of a loaded table besides its figures: where it was read, its unit, row shape and empty statement. */
public record StoredTable(int number, String sourceFile, String sheet, String unit, String shape, boolean empty,
		String statement) {
}
