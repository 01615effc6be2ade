package org.juesuan.etl.store;

import org.juesuan.etl.model.LoadStatus;

/**
 * How one package fared in a run, with its findings by severity.
 *
 * @param templateSet the template set its tables were read with (null when no workbook
 * could be opened)
 */
public record LoadOutcome(String department, int year, LoadStatus status, String reason, String templateSet, int tables,
		int figures, int errors, int warnings, int infos) {

	public boolean loaded() {
		return status == LoadStatus.LOADED;
	}
}
