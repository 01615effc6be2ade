package org.juesuan.etl.narrative;

import java.util.regex.Matcher;

import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.Direction;

/**
 * Reads the cue at the end of the words before a figure: 占…的 (share), 完成…预算 (completion
 * rate), a change word (增加, 下降 …), else the unit decides (an amount, a count, a score,
 * another percentage).
 */
final class CueMatcher {

	private final SubjectVocabulary.Cues cues;

	CueMatcher(SubjectVocabulary vocabulary) {
		this.cues = vocabulary.cues;
	}

	Cue match(String words, NumberToken.UnitKind unit) {
		boolean rateOrBare = unit == NumberToken.UnitKind.PERCENT || unit == NumberToken.UnitKind.NONE;
		Matcher m = cues.share().matcher(words);
		if (rateOrBare && m.find()) {
			return new Cue(ClaimType.SHARE, null, m.group("denominator"), words.substring(0, m.start()));
		}
		m = cues.completion().matcher(words);
		if (rateOrBare && m.find()) {
			return new Cue(ClaimType.COMPLETION_RATE, null, budgetKind(m.group()), words.substring(0, m.start()));
		}
		m = cues.budget().matcher(words);
		if ((unit == NumberToken.UnitKind.AMOUNT || unit == NumberToken.UnitKind.NONE) && m.find()) {
			return new Cue(ClaimType.BUDGET, null, budgetKind(m.group("kind")), words.substring(0, m.start()));
		}
		m = cues.change().matcher(words);
		if (m.find()) {
			ClaimType type = unit == NumberToken.UnitKind.PERCENT ? ClaimType.CHANGE_RATE : ClaimType.CHANGE_AMOUNT;
			return new Cue(type, cues.directions().get(m.group("verb")), "", words.substring(0, m.start()));
		}
		return new Cue(byUnit(unit), null, "", words);
	}

	private static ClaimType byUnit(NumberToken.UnitKind unit) {
		return switch (unit) {
			case PERCENT -> ClaimType.RATE;
			case COUNT -> ClaimType.COUNT;
			case SCORE -> ClaimType.SCORE;
			default -> ClaimType.AMOUNT;
		};
	}

	/** Removes a comparison ("与 2023 年度相比", "比上年") from the words. */
	String withoutComparison(String words) {
		return cues.comparison().matcher(words).replaceAll("");
	}

	/** The year compared with in a sentence, or null; 上年 is the fiscal year before. */
	Integer comparisonYear(String sentence, Integer fiscalYear) {
		Matcher m = cues.comparison().matcher(sentence);
		while (m.find()) {
			String year = m.group("year");
			if (year != null && Character.isDigit(year.charAt(0))) {
				return Integer.valueOf(year.substring(0, 4));
			}
			if (year != null && fiscalYear != null) {
				return fiscalYear - 1;
			}
		}
		return null;
	}

	/**
	 * Which budget words name: 调整 (调整预算), else 年初 (年初预算, and a plain 预算, which the
	 * templates mean by it).
	 */
	static String budgetKind(String words) {
		return words != null && words.contains("调整") ? "调整" : "年初";
	}

	/**
	 * The comparison word of a budget comparison statement, or null when it leaves the
	 * template's 大于（小于） in.
	 */
	String comparisonWord(String statement) {
		if (statement.contains("（")) {
			return null;
		}
		return cues.comparisonWords()
			.keySet()
			.stream()
			.filter(statement::contains)
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse(null);
	}

	/** The direction a budget comparison word states (大于 → INCREASE). */
	Direction comparisonDirection(String word) {
		return cues.comparisonWords().get(word);
	}

	java.util.regex.Pattern budgetComparison() {
		return cues.budgetComparison();
	}

	java.util.regex.Pattern flat() {
		return cues.flat();
	}

}
