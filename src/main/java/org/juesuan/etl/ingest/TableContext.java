package org.juesuan.etl.ingest;

import java.math.BigDecimal;

import org.juesuan.etl.template.TableTemplate;

/** What every figure of one table shares: its template, unit, file and sheet. */
record TableContext(TableTemplate template, String unit, String file, String sheet) {

	BigDecimal factor() {
		return "万元".equals(unit) ? BigDecimal.valueOf(10_000) : BigDecimal.ONE;
	}

	String location(String cell) {
		return file + " › " + sheet + "!" + cell;
	}
}
