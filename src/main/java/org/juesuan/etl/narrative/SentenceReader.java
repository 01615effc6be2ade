package org.juesuan.etl.narrative;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.Direction;
import org.juesuan.etl.model.UnitSource;

/**
 * Reads the claims of one sentence: goes through its events in order, takes the words
 * since the last boundary (，；： or the previous figure) before each figure, reads the cue
 * and the subject from them, and falls back on the remembered subject when the words name
 * none ("占 48.5%", "支出决算为 125.55 万元").
 */
final class SentenceReader {

	/** The claims of a sentence and its figures that gave none. */
	record Result(List<Claim> claims, List<NumberToken> tokens, List<NumberToken> unclaimed) {
	}

	private final NumberScanner scanner;

	private final SentenceEvents events;

	private final CueMatcher cues;

	private final SubjectResolver subjects;

	private final UnitContext units;

	private final Integer fiscalYear;

	SentenceReader(NumberScanner scanner, SentenceEvents events, CueMatcher cues, SubjectResolver subjects,
			UnitContext units, Integer fiscalYear) {
		this.scanner = scanner;
		this.events = events;
		this.cues = cues;
		this.subjects = subjects;
		this.units = units;
		this.fiscalYear = fiscalYear;
	}

	Result read(Block block, int index, String sentence, ReadingState state) {
		state.startSentence(sentence);
		List<NumberToken> tokens = scanner.scan(sentence);
		ClaimSink sink = new ClaimSink(block, index, sentence, cues.comparisonYear(sentence, fiscalYear), state);
		List<Event> found = events.events(sentence, tokens);
		if (found.stream().noneMatch(e -> e.kind() == Event.Kind.FIGURE)) {
			Subject heading = subjects.heading(sentence);
			if (heading != null) {
				state.setCurrent(List.of(heading), block);
			}
		}
		int last = 0;
		for (Event e : found) {
			String words = cues.withoutComparison(clause(sentence, last, e.start())).strip();
			switch (e.kind()) {
				case INTRO ->
					intro(words, state, block, index == 0 && e.start() == 0, sentence.substring(e.end()).isBlank());
				case TOPIC -> topic(words, state, block);
				case FLAT -> flat(words, state, sink);
				case COMPARE -> compare(sentence.substring(e.start(), e.end()), words, state, sink);
				case FIGURE -> figure(e.token(), words, tokens, state, sink);
			}
			last = Math.max(last, e.end());
		}
		return new Result(sink.claims, tokens, sink.unclaimed);
	}

	private static String clause(String sentence, int last, int position) {
		int start = last;
		for (int i = position - 1; i >= last; i--) {
			if ("，；：".indexOf(sentence.charAt(i)) >= 0) {
				start = i + 1;
				break;
			}
		}
		return start <= position ? sentence.substring(start, position) : "";
	}

	/**
	 * A list opener: its items belong to the subject named before it, or to the current
	 * one.
	 */
	private void intro(String words, ReadingState state, Block block, boolean opensParagraph, boolean atEnd) {
		List<Subject> named = subjects.resolve(words);
		if (!named.isEmpty()) {
			state.setCurrent(named, block);
		}
		// a subject from an earlier paragraph counts only for a paragraph that opens with
		// the list ("其中：…")
		String parent = opensParagraph || state.isCurrentIn(block) ? state.firstSubject() : null;
		if (parent != null) {
			state.listParent = parent;
		}
		state.introAtEnd = atEnd;
	}

	/** "…（项）：" names what follows; "…的主要原因：" does not. */
	private void topic(String words, ReadingState state, Block block) {
		List<Subject> named = subjects.known(words) ? subjects.resolve(words) : List.of();
		if (!named.isEmpty()) {
			state.setCurrent(named, block);
		}
	}

	private void flat(String words, ReadingState state, ClaimSink sink) {
		List<Subject> named = subjects.resolve(words);
		List<Subject> about = named.isEmpty() ? state.current : named;
		state.setCurrent(about, sink.block);
		Cue cue = new Cue(ClaimType.CHANGE_AMOUNT, Direction.FLAT, "", words);
		UnitContext.Choice none = new UnitContext.Choice(null, UnitSource.NONE, null);
		about.forEach(s -> sink.add(s, cue, BigDecimal.ZERO, "持平", none, null));
	}

	/**
	 * "决算数大于预算数": about the subject named before it, else the current one; 大于（小于） left as
	 * written says nothing.
	 */
	private void compare(String statement, String words, ReadingState state, ClaimSink sink) {
		String word = cues.comparisonWord(statement);
		Direction direction = word == null ? null : cues.comparisonDirection(word);
		List<Subject> named = subjects.known(words) ? subjects.resolve(words) : List.of();
		List<Subject> about = named.isEmpty() ? state.current : named;
		if (direction == null || about.isEmpty()) {
			return;
		}
		Cue cue = new Cue(ClaimType.COMPARISON, direction, "", words);
		UnitContext.Choice none = new UnitContext.Choice(null, UnitSource.NONE, null);
		String kind = CueMatcher.budgetKind(statement);
		about.forEach(s -> sink.add(s, cue, BigDecimal.ZERO, word, none, kind));
	}

	private void figure(NumberToken token, String words, List<NumberToken> tokens, ReadingState state, ClaimSink sink) {
		Cue cue = rateAfterAmount(cues.match(words, token.unitKind()), token, state);
		List<Subject> named = subjects.resolve(cue.subjectWords());
		List<Subject> about = named.isEmpty() ? subjects.parallel(cue.subjectWords(), state.current) : named;
		if (about.isEmpty()) {
			sink.unclaimed.add(token);
			return;
		}
		state.setCurrent(about, sink.block);
		state.changeAmountSeen |= cue.type() == ClaimType.CHANGE_AMOUNT;
		UnitContext.Choice unit = units.choose(cue.type(), token, tokens, sink.block);
		String denominator = cue.type() == ClaimType.SHARE ? denominator(cue, state)
				: cue.type() == ClaimType.BUDGET || cue.type() == ClaimType.COMPLETION_RATE ? cue.denominator() : null;
		about.forEach(s -> sink.add(s, cue, token.value(), token.raw(), unit, denominator));
	}

	/** "增加 5 万元，增长 5.2" : a second unitless change in a sentence is the rate. */
	private static Cue rateAfterAmount(Cue cue, NumberToken token, ReadingState state) {
		boolean rate = cue.type() == ClaimType.CHANGE_AMOUNT && token.unitKind() == NumberToken.UnitKind.NONE
				&& state.changeAmountSeen;
		return rate ? new Cue(ClaimType.CHANGE_RATE, cue.direction(), "", cue.subjectWords()) : cue;
	}

	private String denominator(Cue cue, ReadingState state) {
		String named = subjects.clean(cue.denominator());
		return named.isEmpty() ? state.listParent : subjects.named(named);
	}

}
