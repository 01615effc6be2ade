package org.juesuan.etl.aggregate;

import java.math.BigDecimal;

/**
 * One consolidated figure being summed (a year's canonical row and column, in one scope),
 * as its departments' figures come in, a department's all together: the smallest row
 * number, the greatest code and the first label in sort order, the sum of the amounts
 * (none while every amount is empty), the departments that have the row and column and
 * how many of them have ERROR findings that year. Each counts a department once, however
 * often the row appears in its table.
 */
final class ConsolidatedSum {

	private int rowNo = Integer.MAX_VALUE;

	private String rowCode;

	private String rowLabel;

	private BigDecimal amount;

	private int departments;

	private int errorDepartments;

	private long lastDepartment = Long.MIN_VALUE;

	void add(long department, boolean withErrors, int rowNo, String rowCode, String rowLabel, BigDecimal amount) {
		this.rowNo = Math.min(this.rowNo, rowNo);
		if (rowCode != null && (this.rowCode == null || rowCode.compareTo(this.rowCode) > 0)) {
			this.rowCode = rowCode;
		}
		if (this.rowLabel == null || rowLabel.compareTo(this.rowLabel) < 0) {
			this.rowLabel = rowLabel;
		}
		if (amount != null) {
			this.amount = this.amount == null ? amount : this.amount.add(amount);
		}
		if (department != lastDepartment) {
			lastDepartment = department;
			departments++;
			if (withErrors) {
				errorDepartments++;
			}
		}
	}

	int rowNo() {
		return rowNo;
	}

	String rowCode() {
		return rowCode;
	}

	String rowLabel() {
		return rowLabel;
	}

	BigDecimal amount() {
		return amount;
	}

	int departments() {
		return departments;
	}

	int errorDepartments() {
		return errorDepartments;
	}

}
