package org.juesuan.etl.generate;

/** Writes one appendix table into a prepared sheet from a department's ledger. */
@FunctionalInterface
interface TableRenderer {

	void render(TableSheet out, Ledger ledger);

}
