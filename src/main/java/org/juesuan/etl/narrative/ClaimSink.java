package org.juesuan.etl.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimType;

/**
 * Collects the claims of one sentence, filling in where they were read and what list they
 * belong to.
 */
final class ClaimSink {

	final Block block;

	final List<Claim> claims = new ArrayList<>();

	final List<NumberToken> unclaimed = new ArrayList<>();

	private final int sentence;

	private final String quote;

	private final Integer comparisonYear;

	private final ReadingState state;

	ClaimSink(Block block, int sentence, String quote, Integer comparisonYear, ReadingState state) {
		this.block = block;
		this.sentence = sentence;
		this.quote = quote;
		this.comparisonYear = comparisonYear;
		this.state = state;
	}

	void add(Subject subject, Cue cue, BigDecimal value, String token, UnitContext.Choice unit, String denominator) {
		ClaimType type = cue.type();
		boolean change = type == ClaimType.CHANGE_AMOUNT || type == ClaimType.CHANGE_RATE
				|| type == ClaimType.COMPARISON;
		BigDecimal yuan = type.isAmount() && unit.factor() != null ? value.multiply(unit.factor()) : null;
		String parent = subject.name().equals(state.listParent) ? null : state.listParent;
		claims.add(new Claim(block.part(), block.section(), block.topic(), type, subject.name(), subject.path(), parent,
				denominator, value, token, unit.unit(), unit.source(), yuan, change ? cue.direction() : null,
				change ? comparisonYear : null, quote, block.paragraph(), sentence));
	}

}
