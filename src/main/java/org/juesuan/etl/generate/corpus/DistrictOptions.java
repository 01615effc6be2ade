package org.juesuan.etl.generate.corpus;

/**
 * What {@link DistrictGenerator} writes.
 *
 * @param departments how many department packages
 * @param seed the same seed gives the same bytes
 * @param set only this template set, or null for both, mixed
 * @param plantErrors plant narrative errors in some departments and list them in
 * {@code manifest.tsv}
 * @param threads how many departments are written at once (the output does not depend on
 * it)
 */
public record DistrictOptions(int departments, long seed, CorpusSet set, boolean plantErrors, int threads) {

	public DistrictOptions {
		if (departments < 1) {
			throw new IllegalArgumentException("departments must be at least 1: " + departments);
		}
		threads = Math.max(1, threads);
	}

	/** Both sets, no planted errors, one thread per core. */
	public static DistrictOptions of(int departments, long seed) {
		return new DistrictOptions(departments, seed, null, false, Runtime.getRuntime().availableProcessors());
	}

	public DistrictOptions withSet(CorpusSet set) {
		return new DistrictOptions(departments, seed, set, plantErrors, threads);
	}

	public DistrictOptions withPlantedErrors(boolean plant) {
		return new DistrictOptions(departments, seed, set, plant, threads);
	}
}
