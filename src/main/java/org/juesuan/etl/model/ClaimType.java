package org.juesuan.etl.model;

/**
 * What kind of figure a claim states. The six of the analysts' contract come first;
 * {@link #SCORE} (绩效 自评得分) and {@link #RATE} (another percentage: 到位率, 满意度, 执行进度) are
 * kept so no figure is lost; {@link #BUDGET} is a budget amount (年初预算为 A 万元),
 * {@link #COMPARISON} a statement that the actual is above, below or equal to the budget
 * (决算数大于预算数), its direction saying which.
 */
public enum ClaimType {

	AMOUNT, SHARE, CHANGE_AMOUNT, CHANGE_RATE, COMPLETION_RATE, COUNT, SCORE, RATE, BUDGET, COMPARISON;

	/**
	 * The lower-case, hyphenated form of {@code v_claim.claim_type}, e.g.
	 * {@code change-amount}.
	 */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public boolean isAmount() {
		return this == AMOUNT || this == CHANGE_AMOUNT || this == BUDGET;
	}

}
