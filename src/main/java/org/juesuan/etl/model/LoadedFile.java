package org.juesuan.etl.model;

/**
 * A file of a package as loaded: its name relative to the input folder, SHA-256 and size.
 *
 * @param narrative whether ingest chose it as the package's 编制说明, which the narrative
 * step then reads
 */
public record LoadedFile(String name, String sha256, long size, boolean narrative) {

	/** A file that is not the package's narrative. */
	public LoadedFile(String name, String sha256, long size) {
		this(name, sha256, size, false);
	}
}
