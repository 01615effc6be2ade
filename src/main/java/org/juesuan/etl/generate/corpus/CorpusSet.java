package org.juesuan.etl.generate.corpus;

/**
 * Which template a generated department follows: the national 9-table set or the Sichuan
 * 13-table set.
 */
public enum CorpusSet {

	NATIONAL("national"), SICHUAN("sichuan");

	private final String label;

	CorpusSet(String label) {
		this.label = label;
	}

	/** The value written in the manifest's {@code set} column. */
	public String label() {
		return label;
	}

}
