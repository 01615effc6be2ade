package org.juesuan.etl.ingest;

/** What a physical column holds, decided from its header path. */
enum ColumnRole {

	/** A full classification code ({@code 2080505}). */
	CODE,
	/** One part of a split code: 类, 款 or 项. */
	CODE_PART,
	/** Row names (项目, 科目名称). */
	LABEL,
	/** 行次: row numbers, never amounts. */
	ROW_NUMBER,
	/** Anything else with a header: an amount column. */
	AMOUNT

}
