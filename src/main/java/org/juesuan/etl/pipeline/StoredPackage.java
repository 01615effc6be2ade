package org.juesuan.etl.pipeline;

import org.juesuan.etl.model.PackageRef;
import org.juesuan.etl.model.ParsedPackage;

/**
 * What the ingest step keeps of a package once it is stored: its counts or its rejection,
 * for the progress line. The package itself is garbage as soon as it is stored, so a
 * chunk of these costs next to nothing however large the chunk.
 */
record StoredPackage(PackageRef ref, int tables, int figures, int findings, String rejection) {

	static StoredPackage of(ParsedPackage pkg) {
		return new StoredPackage(pkg.ref(), pkg.tables().size(), pkg.figureCount(), pkg.findings().size(),
				pkg.rejection());
	}

	/** The progress line's account of the package. */
	String outcome() {
		return rejection != null ? "REJECTED: " + rejection
				: tables + " tables, " + figures + " figures, " + findings + " findings";
	}

}
