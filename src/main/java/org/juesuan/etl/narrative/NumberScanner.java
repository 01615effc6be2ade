package org.juesuan.etl.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a sentence and classifies them: years and dates ({@code 2024 年},
 * {@code 12 月 31 日}, {@code 1—12 月}), item numbers ({@code 1.}, {@code （1）}), references
 * ({@code 附件 1}, {@code 图 3}), and figures with the unit written after them.
 */
final class NumberScanner {

	private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d])");

	private static final Pattern DATE = Pattern.compile("^\\s*([年月日时]|[—–\\-~～至到]\\s*\\d+\\s*[年月日])");

	static final Pattern REFERENCE = Pattern.compile("(附件|附表|图|表|第)\\s*$");

	private static final Pattern THRESHOLD_AFTER = Pattern.compile("^\\s*(（含）)?(以上|以下)");

	static final Pattern COMPARATOR_BEFORE = Pattern.compile("(大于|小于|超过|低于|高于|不足)\\s*$");

	private static final Pattern DOT_ITEM = Pattern.compile("^[.．](?!\\d)");

	private static final Pattern MODIFIER = Pattern.compile("^万?余?");

	/**
	 * More characters than the longest word of {@link #REFERENCE} and
	 * {@link #COMPARATOR_BEFORE}.
	 */
	private static final int TAIL_WORD = 8;

	private final SubjectVocabulary vocabulary;

	private final List<String> units;

	NumberScanner(SubjectVocabulary vocabulary) {
		this.vocabulary = vocabulary;
		List<String> all = new ArrayList<>(vocabulary.amountUnits.keySet());
		all.addAll(vocabulary.otherUnits.keySet());
		this.units = all.stream().sorted(Comparator.comparing(String::length).reversed()).toList();
	}

	List<NumberToken> scan(String sentence) {
		List<NumberToken> tokens = new ArrayList<>();
		Matcher m = NUMBER.matcher(sentence);
		while (m.find()) {
			tokens.add(token(sentence, m));
		}
		return tokens;
	}

	private NumberToken token(String sentence, Matcher m) {
		String raw = m.group();
		BigDecimal value = new BigDecimal(raw.replace(",", ""));
		String before = sentence.substring(0, m.start());
		String rest = sentence.substring(m.end());
		NumberToken.Kind kind = kind(before, rest, m.group(2) == null);
		if (kind != NumberToken.Kind.FIGURE) {
			return new NumberToken(raw, value, m.start(), m.end(), kind, null, NumberToken.UnitKind.NONE);
		}
		NumberToken token = withUnit(raw, value, m.start(), m.end(), rest);
		return qualifies(before, sentence.substring(token.end())) ? new NumberToken(raw, value, token.start(),
				token.end(), NumberToken.Kind.QUALIFIER, token.unit(), token.unitKind()) : token;
	}

	/**
	 * "单价 100 万元（含）以上设备", "结余率大于 10% 的项目": a bound that names a subject, not a figure.
	 */
	private static boolean qualifies(String before, String after) {
		return THRESHOLD_AFTER.matcher(after).lookingAt()
				|| (endsWith(COMPARATOR_BEFORE, before) && after.stripLeading().startsWith("的"));
	}

	private static NumberToken.Kind kind(String before, String rest, boolean integer) {
		if (DATE.matcher(rest).lookingAt()) {
			return NumberToken.Kind.DATE;
		}
		if (endsWith(REFERENCE, before)) {
			return NumberToken.Kind.REFERENCE;
		}
		boolean item = integer && (DOT_ITEM.matcher(rest).lookingAt() || (before.isBlank() && rest.startsWith("、"))
				|| (before.endsWith("（") && rest.startsWith("）")));
		return item ? NumberToken.Kind.ITEM : NumberToken.Kind.FIGURE;
	}

	/**
	 * {@code pattern.matcher(text).find()} for a pattern {@code (short words)\s*$},
	 * searched only near the end: the words can only end where the trailing white space
	 * (and a final line terminator, before which {@code $} matches too) begins. The text
	 * before every figure of a paragraph was searched from its start.
	 */
	static boolean endsWith(Pattern pattern, String text) {
		int end = text.length();
		while (end > 0 && isSpace(text.charAt(end - 1))) {
			end--;
		}
		if (end > 0 && isLineTerminator(text.charAt(end - 1))) {
			end--;
			while (end > 0 && isSpace(text.charAt(end - 1))) {
				end--;
			}
		}
		return pattern.matcher(text).region(Math.max(0, end - TAIL_WORD), text.length()).find();
	}

	/** Java's {@code \s}: space, \t, \n, \x0B, \f and \r. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static boolean isLineTerminator(char c) {
		return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	private NumberToken withUnit(String raw, BigDecimal value, int start, int end, String rest) {
		String trimmed = rest.stripLeading();
		int offset = rest.length() - trimmed.length();
		String countModifier = modifier(trimmed);
		String afterCountModifier = trimmed.substring(countModifier.length());
		for (String unit : units) {
			NumberToken.UnitKind kind = unitKind(unit);
			boolean count = kind == NumberToken.UnitKind.COUNT;
			String modifier = count ? countModifier : "";
			String after = count ? afterCountModifier : trimmed;
			if (after.startsWith(unit) && !blocked(after)) {
				int unitEnd = end + offset + modifier.length() + unit.length();
				return new NumberToken(raw, value, start, unitEnd, NumberToken.Kind.FIGURE, modifier + unit, kind);
			}
		}
		return new NumberToken(raw, value, start, end, NumberToken.Kind.FIGURE, null, NumberToken.UnitKind.NONE);
	}

	private static String modifier(String text) {
		Matcher m = MODIFIER.matcher(text);
		return m.find() ? m.group() : "";
	}

	private boolean blocked(String text) {
		return vocabulary.notUnits.stream().anyMatch(text::startsWith);
	}

	private NumberToken.UnitKind unitKind(String unit) {
		return vocabulary.amountUnits.containsKey(unit) ? NumberToken.UnitKind.AMOUNT : vocabulary.otherUnits.get(unit);
	}

	BigDecimal factor(String unit) {
		return unit == null ? null : vocabulary.amountUnits.get(unit);
	}

	Map<String, BigDecimal> amountUnits() {
		return vocabulary.amountUnits;
	}

}
