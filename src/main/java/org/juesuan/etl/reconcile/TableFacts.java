package org.juesuan.etl.reconcile;

/** What the store knows of a table besides its figures: where it was read, its unit, shape and empty statement. */
record TableFacts(int number, String sourceFile, String sheet, String unit, String shape, boolean empty, String statement) {
}
