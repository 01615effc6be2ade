package org.juesuan.etl.narrative;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.UnitSource;

/**
 * Chooses the unit of a figure: the one written after it; else, for a rate, %; else, for
 * an amount, the amount unit written in the same sentence, else the one used most in its
 * paragraph, its section, the document (flagged as inferred); else none.
 */
final class UnitContext {

	/**
	 * The unit chosen for a figure, its source, and its factor to 元 (null when not an
	 * amount unit).
	 */
	record Choice(String unit, UnitSource source, BigDecimal factor) {
	}

	private final Map<String, BigDecimal> factors;

	private final Map<Integer, String> byParagraph = new HashMap<>();

	private final Map<String, String> bySection = new HashMap<>();

	private final String document;

	UnitContext(Map<String, BigDecimal> factors, List<Block> blocks, Function<String, List<NumberToken>> scan) {
		this.factors = factors;
		Map<Block, List<String>> units = blocks.stream()
			.collect(Collectors.toMap(Function.identity(),
					b -> scan.apply(b.text())
						.stream()
						.filter(t -> t.unitKind() == NumberToken.UnitKind.AMOUNT)
						.map(NumberToken::unit)
						.toList()));
		units.forEach((block, list) -> mostUsed(list).ifPresent(u -> byParagraph.put(block.paragraph(), u)));
		blocks.stream()
			.collect(Collectors.groupingBy(Block::section,
					Collectors.flatMapping(b -> units.get(b).stream(), Collectors.toList())))
			.forEach((section, list) -> mostUsed(list).ifPresent(u -> bySection.put(section, u)));
		this.document = mostUsed(units.values().stream().flatMap(List::stream).toList()).orElse(null);
	}

	Choice choose(ClaimType type, NumberToken token, List<NumberToken> sentence, Block block) {
		if (token.unit() != null) {
			return new Choice(token.unit(), UnitSource.STATED, factors.get(token.unit()));
		}
		if (!type.isAmount()) {
			return type == ClaimType.COUNT || type == ClaimType.SCORE ? new Choice(null, UnitSource.NONE, null)
					: new Choice("%", UnitSource.INFERRED, null);
		}
		String unit = sentence.stream()
			.filter(t -> t.unitKind() == NumberToken.UnitKind.AMOUNT)
			.map(NumberToken::unit)
			.findFirst()
			.orElseGet(() -> around(block));
		return unit == null ? new Choice(null, UnitSource.NONE, null)
				: new Choice(unit, UnitSource.INFERRED, factors.get(unit));
	}

	private String around(Block block) {
		String unit = byParagraph.get(block.paragraph());
		unit = unit != null ? unit : bySection.get(block.section());
		return unit != null ? unit : document;
	}

	private static java.util.Optional<String> mostUsed(List<String> units) {
		return units.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey);
	}

}
