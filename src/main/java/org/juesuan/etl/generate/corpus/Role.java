package org.juesuan.etl.generate.corpus;

/**
 * What a functional 项 pays for, which decides its economic items and fund source when
 * accounts are generated.
 */
enum Role {

	/**
	 * 行政运行: salaries and the office's public funds (incl. 三公 reception and car running).
	 */
	ADMIN,
	/** 事业运行 and similar: salaries and utilities of a 事业单位, partly from 事业收入. */
	INSTITUTION,
	/** 30108 机关事业单位基本养老保险缴费. */
	PENSION,
	/** 30109 职业年金缴费. */
	ANNUITY,
	/** 30110 职工基本医疗保险缴费. */
	MEDICAL,
	/** 30113 住房公积金. */
	HOUSING,
	/** 30302 退休费. */
	RETIREES,
	/** General-fund project spending. */
	PROJECT,
	/** 政府性基金 project spending. */
	FUND

}
