package org.juesuan.etl.ingest;

/**
 * An amount column of a panel: its index, its canonical name (or the header text when no
 * template column matched), the row it stands for in single-row tables, and whether the
 * template knows it.
 */
record AmountColumn(int index, String name, String row, boolean known, String header) {
}
