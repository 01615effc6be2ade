package org.juesuan.etl.generate;

/**
 * Where money comes from: the three kinds of fiscal appropriation and the five non-fiscal
 * income sources.
 */
public enum FundSource {

	GENERAL("一般公共预算财政拨款", true), GOVERNMENT_FUND("政府性基金预算财政拨款", true), STATE_CAPITAL("国有资本经营预算财政拨款", true),
	SUPERIOR("上级补助", false), BUSINESS("事业", false), OPERATING("经营", false), AFFILIATED("附属单位上缴", false),
	OTHER("其他", false);

	private final String label;

	private final boolean fiscal;

	FundSource(String label, boolean fiscal) {
		this.label = label;
		this.fiscal = fiscal;
	}

	/**
	 * Name as used in T4 rows and columns (fiscal) or as the stem of a T1/T2 income name
	 * (non-fiscal).
	 */
	public String label() {
		return label;
	}

	/** Whether this is a fiscal appropriation (财政拨款). */
	public boolean fiscal() {
		return fiscal;
	}

	/** The T1 income row / T2 column name, e.g. 一般公共预算财政拨款收入, 事业收入. */
	public String incomeName() {
		return label + "收入";
	}

}
