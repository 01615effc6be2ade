package org.juesuan.etl.ingest;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a package's 编制说明 among the files discovery listed (so Office lock files
 * {@code ~$…}, hidden and temporary files are already left out, and links refused): a
 * .txt, .docx or .pdf, one whose name holds 说明 first, then in path order. Chosen once, at
 * ingest, and recorded with its hash; the check step reads that record.
 */
final class NarrativeChoice {

	private static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".pdf");

	private NarrativeChoice() {
	}

	static Optional<Path> of(List<Path> files) {
		return files.stream()
			.filter(NarrativeChoice::narrativeFormat)
			.min(Comparator.comparing((Path p) -> !p.getFileName().toString().contains("说明"))
				.thenComparing(Path::toString));
	}

	private static boolean narrativeFormat(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return EXTENSIONS.stream().anyMatch(name::endsWith);
	}

}
