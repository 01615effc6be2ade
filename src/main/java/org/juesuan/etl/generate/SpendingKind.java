package org.juesuan.etl.generate;

/**
 * The T3 split of spending; fiscal appropriations are spent only as basic or project
 * spending.
 */
public enum SpendingKind {

	BASIC("基本支出"), PROJECT("项目支出"), TO_SUPERIOR("上缴上级支出"), OPERATING("经营支出"), TO_AFFILIATES("对附属单位补助支出");

	private final String label;

	SpendingKind(String label) {
		this.label = label;
	}

	/** The T3 column name. */
	public String label() {
		return label;
	}

}
