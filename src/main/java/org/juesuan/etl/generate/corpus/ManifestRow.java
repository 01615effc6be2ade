package org.juesuan.etl.generate.corpus;

/**
 * One planted error as listed in {@code planted/manifest.tsv}.
 *
 * @param department department folder name
 * @param set national or sichuan
 * @param kind error kind
 * @param fragment exact, space-free substring of the planted sentence, occurring once in
 * the narrative
 * @param stated what the narrative states
 * @param correct what it should state
 * @param note how the error was made
 */
public record ManifestRow(String department, String set, String kind, String fragment, String stated, String correct,
		String note) {

	public static final String HEADER = "department\tset\tkind\tfragment\tstated\tcorrect\tnote";

	String line() {
		return String.join("\t", department, set, kind, fragment, stated, correct, note);
	}
}
