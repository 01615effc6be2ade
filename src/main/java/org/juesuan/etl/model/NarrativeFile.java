package org.juesuan.etl.model;

/**
 * The narrative (编制说明) ingest chose for a department-year, as read back for checking: its
 * bytes, or why there are none. Reading it again never walks the package folder; it opens
 * the recorded file and compares its hash.
 */
public sealed interface NarrativeFile {

	/** The package had no narrative. */
	record Absent() implements NarrativeFile {
	}

	/**
	 * The file cannot be a readable narrative (too large, empty, not what its name says),
	 * before reading it.
	 */
	record Refused(String name, String why) implements NarrativeFile {
	}

	/**
	 * Reading the file failed: an I/O error, never taken for a missing or bad narrative.
	 */
	record Failed(String name, String error) implements NarrativeFile {
	}

	/**
	 * The file is no longer what ingest recorded: its hash differs, so it is not read.
	 */
	record Changed(String name, String recordedSha256, String currentSha256) implements NarrativeFile {
	}

	/** The recorded file's bytes, as ingest hashed them. */
	record Read(String name, byte[] bytes) implements NarrativeFile {
	}

}
