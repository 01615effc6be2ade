package org.juesuan.etl.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Lists the events of a sentence in text order. */
final class SentenceEvents {

	private final Pattern intro;

	private final Pattern flat;

	private final Pattern budgetComparison;

	SentenceEvents(SubjectVocabulary vocabulary) {
		SubjectVocabulary.Phrases p = vocabulary.phrases;
		this.intro = Pattern.compile("(?<!不)(?:(" + alternatives(p.inlineIntros()) + ")|("
				+ alternatives(p.listIntros()) + ")(?=[：，]))[：，]?");
		this.flat = vocabulary.cues.flat();
		this.budgetComparison = vocabulary.cues.budgetComparison();
	}

	List<Event> events(String sentence, List<NumberToken> tokens) {
		List<Event> events = new ArrayList<>();
		tokens.stream()
			.filter(t -> t.kind().isFigure())
			.forEach(t -> events.add(new Event(Event.Kind.FIGURE, t.start(), t.end(), t)));
		addMatches(events, intro.matcher(sentence), Event.Kind.INTRO);
		addMatches(events, budgetComparison.matcher(sentence), Event.Kind.COMPARE);
		Matcher flats = flat.matcher(sentence);
		while (flats.find()) {
			int at = flats.start();
			if (events.stream().noneMatch(e -> e.kind() == Event.Kind.COMPARE && e.start() <= at && at < e.end())) {
				events.add(new Event(Event.Kind.FLAT, flats.start(), flats.end(), null));
			}
		}
		for (int i = sentence.indexOf('：'); i >= 0; i = sentence.indexOf('：', i + 1)) {
			int at = i;
			if (events.stream().noneMatch(e -> e.start() <= at && at < e.end())) {
				events.add(new Event(Event.Kind.TOPIC, at, at + 1, null));
			}
		}
		events.sort(Comparator.comparingInt(Event::start));
		return events;
	}

	private static void addMatches(List<Event> events, Matcher m, Event.Kind kind) {
		while (m.find()) {
			events.add(new Event(kind, m.start(), m.end(), null));
		}
	}

	private static String alternatives(List<String> words) {
		return String.join("|",
				Stream.concat(words.stream(), Stream.of("\\uFFFF"))
					.sorted(Comparator.comparing(String::length).reversed())
					.map(w -> w.equals("\\uFFFF") ? w : Pattern.quote(w))
					.toList());
	}

}
