package org.juesuan.etl.model;

/**
 * What the store knows of a loaded table besides its figures: where it was read, its
 * unit, row shape and empty statement, and what it is in its package's template set.
 *
 * @param number the canonical table (T1…T13)
 * @param set the template set the package was read with (null for rows stored before sets
 * were recorded)
 * @param setNumber the table's number in that set
 * @param title the table's title in that set
 */
public record StoredTable(int number, String sourceFile, String sheet, String unit, RowShape shape, boolean empty,
		String statement, String set, int setNumber, String title) {
}
