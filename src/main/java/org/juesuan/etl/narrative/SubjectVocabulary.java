package org.juesuan.etl.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.juesuan.etl.model.Direction;

/**
 * The words the narrative reader knows, read from {@code narrative/subjects.yml}: units,
 * cue patterns, change words, list openers, fillers, and the subjects with their aliases.
 * Immutable.
 */
public final class SubjectVocabulary {

	static final String DEFAULT_RESOURCE = "narrative/subjects.yml";

	final Map<String, BigDecimal> amountUnits;

	final Map<String, NumberToken.UnitKind> otherUnits;

	final List<String> notUnits;

	final Cues cues;

	final Phrases phrases;

	private final Map<String, String> canonical;

	private final List<String> terms;

	SubjectVocabulary(Map<String, BigDecimal> amountUnits, Map<String, NumberToken.UnitKind> otherUnits,
			List<String> notUnits, Cues cues, Phrases phrases, Map<String, String> canonical) {
		this.amountUnits = Map.copyOf(amountUnits);
		this.otherUnits = Map.copyOf(otherUnits);
		this.notUnits = List.copyOf(notUnits);
		this.cues = cues;
		this.phrases = phrases;
		this.canonical = Map.copyOf(canonical);
		this.terms = canonical.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList();
	}

	/** The vocabulary packaged with the application. */
	public static SubjectVocabulary defaults() {
		try (InputStream in = SubjectVocabulary.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
			}
			return VocabularyParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A vocabulary from the text of a file in that form; {@code source} names it in
	 * errors.
	 */
	public static SubjectVocabulary parse(String text, String source) {
		return VocabularyParser.parse(text, source);
	}

	/**
	 * A vocabulary from a file in the same form (e.g.
	 * {@code config/narrative/subjects.yml}).
	 */
	public static SubjectVocabulary load(Path file) {
		try {
			return VocabularyParser.parse(Files.readString(file), file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}

	/**
	 * The canonical name of a subject or alias ("其他交通费用" → "其他交通费"); the phrase itself if
	 * unknown.
	 */
	public String canonical(String phrase) {
		return canonical.getOrDefault(phrase, phrase);
	}

	/** True when the phrase is a known subject or alias. */
	public boolean knows(String phrase) {
		return canonical.containsKey(phrase);
	}

	/** Known subjects and aliases, longest first. */
	List<String> terms() {
		return terms;
	}

	/** Cue patterns matched at the end of the words before a figure. */
	record Cues(Pattern share, Pattern completion, Pattern budget, Pattern change, Map<String, Direction> directions,
			Pattern flat, Pattern comparison, Pattern budgetComparison, Map<String, Direction> comparisonWords) {
	}

	/** Word lists that shape subjects. */
	record Phrases(List<String> listIntros, List<String> inlineIntros, List<String> distributive,
			List<String> parallelWords, List<String> sharedSuffixes, List<String> fillers, List<Pattern> leadingNoise,
			List<Pattern> trailingNoise) {
	}

}
