package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words before a figure into its subject(s): a 类/款/项 path as written; several
 * subjects for "收入、支出总计均为"; a known subject or alias found at the end of the words (only
 * fillers after it), named canonically; else the words as written without noise (years,
 * item numbers, the department's name). Words that are only fillers ("支出决算为", "金额") give
 * no subject: the caller keeps the previous one.
 */
final class SubjectResolver {

	/**
	 * A known subject inside longer words counts only from this length ("电信线路租赁费" is no
	 * 租赁费).
	 */
	private static final int EMBEDDED_TERM = 5;

	/** A 类/款/项 name may hold a parenthesised word of its own: 政府办公厅（室）及相关机构事务（款）. */
	private static final Pattern PATH = Pattern.compile("((?:[^（）、，：；。]|（(?!类|款|项)[^（）]{1,4}）)+?)（(类|款|项)）");

	private final SubjectVocabulary vocabulary;

	private final String department;

	SubjectResolver(SubjectVocabulary vocabulary, String department) {
		this.vocabulary = vocabulary;
		this.department = department == null || department.isBlank() ? null : department;
	}

	List<Subject> resolve(String words) {
		String text = clean(words);
		if (text.isEmpty() || fillerOnly(text)) {
			return List.of();
		}
		if (hasPath(text)) {
			return List.of(path(text));
		}
		String distributed = Phrases.endingWith(text, vocabulary.phrases.distributive());
		if (distributed != null && text.contains("、")) {
			return new Distribution(vocabulary).subjects(text.substring(0, text.length() - distributed.length()));
		}
		String last = text.substring(text.lastIndexOf('、') + 1);
		return last.isEmpty() ? List.of() : List.of(Subject.of(named(last)));
	}

	/**
	 * "政府性基金预算财政拨款收入 582.34 万元，支出 536.90 万元": a bare parallel word (支出) after a subject
	 * ending in the other one (…收入) names that subject's counterpart; otherwise the
	 * current subjects stay.
	 */
	List<Subject> parallel(String words, List<Subject> current) {
		String text = clean(words);
		List<String> pair = vocabulary.phrases.parallelWords();
		if (current.size() != 1 || !pair.contains(text)) {
			return current;
		}
		String name = current.get(0).name();
		for (String other : pair) {
			if (!other.equals(text) && name.endsWith(other)) {
				return List.of(Subject.of(named(name.substring(0, name.length() - other.length()) + text)));
			}
		}
		return current;
	}

	/**
	 * A 类/款/项 path named in a sentence without figures (a 项 heading whose amounts
	 * follow), or null.
	 */
	Subject heading(String sentence) {
		String text = clean(sentence);
		return hasPath(text) ? path(text) : null;
	}

	/**
	 * True when the words name a subject of the vocabulary or a 类/款/项 path, not just any
	 * words.
	 */
	boolean known(String words) {
		String text = clean(words);
		return hasPath(text) || knownTerm(text) != null;
	}

	/**
	 * The canonical name of a known subject at the end of the words, else the words
	 * themselves.
	 */
	String named(String text) {
		String best = knownTerm(text);
		return best != null ? vocabulary.canonical(best) : Phrases.strip(text, vocabulary.phrases.trailingNoise());
	}

	/** The vocabulary term at the end of the words (only fillers after it), or null. */
	private String knownTerm(String text) {
		String best = null;
		int bestEnd = -1;
		for (String term : vocabulary.terms()) {
			int at = text.lastIndexOf(term);
			int end = at + term.length();
			boolean whole = at == 0 || term.length() >= EMBEDDED_TERM;
			if (at >= 0 && whole && end > bestEnd && fillerOnly(text.substring(end))) {
				best = term;
				bestEnd = end;
			}
		}
		return best;
	}

	String clean(String words) {
		String text = Phrases.trimPunctuation(words);
		for (String intro : vocabulary.phrases.inlineIntros()) {
			text = text.startsWith(intro) ? Phrases.trimPunctuation(text.substring(intro.length())) : text;
		}
		if (department != null && text.startsWith(department)) {
			text = text.substring(department.length());
		}
		return Phrases.strip(Phrases.trimPunctuation(text), vocabulary.phrases.leadingNoise());
	}

	boolean fillerOnly(String text) {
		String rest = Phrases.trimPunctuation(text);
		boolean progress = true;
		while (!rest.isEmpty() && progress) {
			progress = false;
			for (String filler : vocabulary.phrases.fillers()) {
				if (rest.startsWith(filler)) {
					rest = Phrases.trimPunctuation(rest.substring(filler.length()));
					progress = true;
					break;
				}
			}
		}
		return rest.isEmpty();
	}

	/**
	 * {@link #PATH} found in the text; it ends in a literal （类）, （款） or （项）, so a text
	 * without one (most sentences) is not searched.
	 */
	private static boolean hasPath(String text) {
		return (text.contains("（类）") || text.contains("（款）") || text.contains("（项）")) && PATH.matcher(text).find();
	}

	private Subject path(String text) {
		Matcher m = PATH.matcher(text);
		List<String> words = new ArrayList<>();
		int start = -1;
		int end = 0;
		while (m.find()) {
			start = start < 0 ? m.start() : start;
			words.add(m.group(1).strip());
			end = m.end();
		}
		return new Subject(text.substring(start, end), words);
	}

}
