package org.juesuan.etl.narrative.check;

import java.nio.file.Path;

import org.juesuan.etl.narrative.SubjectVocabulary;
import org.juesuan.etl.template.ConfigFiles;
import org.springframework.core.io.Resource;

/**
 * Finds a narrative configuration file for a template set as {@link ConfigFiles} finds
 * every configuration file: the set's own copy ({@code narrative/<set>/}, the working
 * directory's before the packaged) overrides the shared one ({@code narrative/},
 * likewise).
 */
final class NarrativeFiles {

	private NarrativeFiles() {
	}

	static final String KIND = "narrative";

	/** The file, failing with where it was looked for when no level has it. */
	static Resource require(Path localFolder, String set, String name) {
		return ConfigFiles.require(KIND, localFolder, set, name);
	}

	/**
	 * The set's {@code subjects.yml}; a file that is no YAML mapping fails as every
	 * configuration file does.
	 */
	static SubjectVocabulary vocabulary(Path localFolder, String set) {
		Resource subjects = require(localFolder, set, "subjects.yml");
		ConfigFiles.read(subjects);
		return SubjectVocabulary.parse(ConfigFiles.text(subjects), ConfigFiles.source(subjects));
	}

}
