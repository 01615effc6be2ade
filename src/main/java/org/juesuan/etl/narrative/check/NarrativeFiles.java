package org.juesuan.etl.narrative.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.juesuan.etl.template.ConfigFiles;
import org.springframework.core.io.Resource;

/**
 * Finds a narrative configuration file for a template set: the set's own copy ({@code narrative/<set>/}, packaged or
 * in the working directory) overrides the shared one ({@code narrative/}), the working directory's overriding the
 * packaged at each level.
 */
final class NarrativeFiles {

	private NarrativeFiles() {
	}

	/** The file, or null when neither level has it. */
	static Resource find(Path localFolder, String set, String name) {
		Resource own = set == null ? null : ConfigFiles.list("narrative/" + set, localFolder.resolve(set)).get(name);
		return own != null ? own : ConfigFiles.list("narrative", localFolder).get(name);
	}

	static String text(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + ConfigFiles.source(resource), e);
		}
	}
}
