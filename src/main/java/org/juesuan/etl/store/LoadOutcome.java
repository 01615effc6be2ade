package org.juesuan.etl.store;

/** How one package fared in a run, with its findings by severity. */
public record LoadOutcome(String department, int year, String status, String reason, int tables, int figures,
		int errors, int warnings, int infos) {

	public boolean loaded() {
		return "LOADED".equals(status);
	}
}
