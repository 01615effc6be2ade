package org.juesuan.etl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.juesuan.etl.model.LoadedFile;
import org.juesuan.etl.model.NarrativeFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads back the narrative ingest recorded for a department-year
 * ({@code load_file.is_narrative}): the same caps as at ingest, then its bytes, which
 * must still have the recorded SHA-256.
 */
public final class RecordedNarrative {

	private static final Logger log = LoggerFactory.getLogger(RecordedNarrative.class);

	private RecordedNarrative() {
	}

	/**
	 * @param recorded the narrative as recorded, named relative to {@code inputRoot}, or
	 * empty when there was none
	 */
	public static NarrativeFile read(Optional<LoadedFile> recorded, Path inputRoot, IngestProperties limits) {
		if (recorded.isEmpty()) {
			return new NarrativeFile.Absent();
		}
		String name = recorded.get().name();
		Path file = inputRoot.resolve(name);
		byte[] bytes;
		try {
			Optional<String> refused = NarrativeFileCheck.problem(file, limits);
			if (refused.isPresent()) {
				return new NarrativeFile.Refused(name, refused.get());
			}
			bytes = Files.readAllBytes(file);
		}
		catch (IOException e) {
			log.warn("cannot read the narrative {}", file, e);
			return new NarrativeFile.Failed(name, e.toString());
		}
		String now = FileHashes.sha256(bytes);
		return now.equals(recorded.get().sha256()) ? new NarrativeFile.Read(name, bytes)
				: new NarrativeFile.Changed(name, recorded.get().sha256(), now);
	}

}
