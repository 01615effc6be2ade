package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Expands "收入、支出总计" (before 均为 / 各) into 收入总计 and 支出总计: a shared suffix (总计, 合计) is given
 * to every part, and a prefix before the first parallel word (财政拨款 in "财政拨款收入、支出总计") to
 * the others.
 */
final class Distribution {

	private final SubjectVocabulary vocabulary;

	Distribution(SubjectVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	List<Subject> subjects(String phrase) {
		List<String> parts = Arrays.stream(phrase.split("、")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		String suffix = Phrases.endingWith(parts.get(parts.size() - 1), vocabulary.phrases.sharedSuffixes());
		String prefix = prefix(parts.get(0), suffix);
		List<Subject> subjects = new ArrayList<>();
		for (String part : parts) {
			String name = suffix == null || part.endsWith(suffix) ? part : part + suffix;
			name = prefix.isEmpty() || name.startsWith(prefix) ? name : prefix + name;
			subjects.add(Subject.of(vocabulary.canonical(name)));
		}
		return subjects;
	}

	private String prefix(String first, String suffix) {
		String head = suffix != null && first.endsWith(suffix) ? first.substring(0, first.length() - suffix.length())
				: first;
		String word = Phrases.endingWith(head, vocabulary.phrases.parallelWords());
		return word == null ? "" : head.substring(0, head.length() - word.length());
	}

}
