package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.juesuan.etl.model.CheckedClaim;
import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimStatus;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.FigureIndex;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Severity;
import org.juesuan.etl.narrative.NarrativeResult;
import org.juesuan.etl.store.NarrativeCounts;

/**
 * Checks every claim of a narrative against the department-year's tables (and the
 * previous year's, when loaded): amounts, shares, changes and completion rates against
 * table figures, arithmetic inside the narrative, 类/款/项 names, and whether every figure
 * the narrative must describe is described. Unmatched claims stay, as UNMATCHED.
 */
final class NarrativeChecker {

	private final NarrativeMapping mapping;

	private final ClaimLocator locator;

	private final AmountClaims amounts;

	private final ShareClaims shares;

	private final ChangeClaims changes;

	private final CompletionClaims completions;

	private final ComparisonClaims comparisons;

	private final IntFunction<String> titles;

	NarrativeChecker(NarrativeMapping mapping, IntFunction<String> titles) {
		this.mapping = mapping;
		this.titles = titles;
		this.locator = new ClaimLocator(mapping);
		this.amounts = new AmountClaims(locator);
		this.shares = new ShareClaims(locator, mapping);
		this.changes = new ChangeClaims(locator);
		this.completions = new CompletionClaims(locator);
		this.comparisons = new ComparisonClaims(locator);
	}

	NarrativeCheck check(NarrativeResult narrative, String file, FigureIndex index, FigureIndex previous) {
		NarrativeFindings findings = new NarrativeFindings(mapping, index, file, narrative.claims());
		List<Finding> out = new ArrayList<>();
		Map<Claim, CheckedClaim> checked = new LinkedHashMap<>();
		Map<String, List<Claim>> sentences = new LinkedHashMap<>();
		narrative.claims()
			.forEach(c -> sentences.computeIfAbsent(c.paragraph() + "/" + c.sentence(), k -> new ArrayList<>()).add(c));
		Context context = new Context(narrative.claims(), positions(narrative.claims()),
				ShareLists.adjusted(narrative.claims()), index, previous, findings);
		for (List<Claim> sentence : sentences.values()) {
			checkSentence(sentence, context, out).forEach(c -> checked.put(c.claim(), c));
		}
		new NarrativeTextChecks(mapping).check(narrative, index, file, out);
		new ListedItems(mapping).check(narrative, index, findings, out);
		new InternalClaims().check(narrative.claims(), corrected(out, narrative.claims()), findings, out);
		new Coverage(mapping, n -> index.title(n).orElseGet(() -> titles.apply(n))).check(List.copyOf(checked.values()),
				index, file, out);
		List<CheckedClaim> all = narrative.claims()
			.stream()
			.map(c -> checked.getOrDefault(c, CheckedClaim.unmatched(c)))
			.toList();
		unmatchedAmounts(narrative, all, findings, out);
		return new NarrativeCheck(all, out, counts(narrative, file, all));
	}

	/**
	 * What every sentence's checks share; {@code positions} holds each claim's first
	 * index in {@code all}, as {@link List#indexOf} gives it.
	 */
	private record Context(List<Claim> all, Map<Claim, Integer> positions, Set<Claim> adjustedShares, FigureIndex index,
			FigureIndex previous, NarrativeFindings findings) {

		/**
		 * The claims of the same section in the claim's paragraph and the two before it,
		 * up to the claim.
		 */
		List<Claim> before(Claim claim) {
			return all.stream()
				.filter(c -> c.section().equals(claim.section()) && c.paragraph() <= claim.paragraph()
						&& c.paragraph() >= claim.paragraph() - 2
						&& (c.paragraph() < claim.paragraph() || c.sentence() <= claim.sentence())
						&& positions.get(c) < positions.get(claim))
				.toList();
		}
	}

	private static Map<Claim, Integer> positions(List<Claim> claims) {
		Map<Claim, Integer> positions = new HashMap<>();
		for (int i = 0; i < claims.size(); i++) {
			positions.putIfAbsent(claims.get(i), i);
		}
		return positions;
	}

	private List<CheckedClaim> checkSentence(List<Claim> sentence, Context context, List<Finding> out) {
		FigureIndex index = context.index();
		FigureIndex previous = context.previous();
		NarrativeFindings findings = context.findings();
		List<CheckedClaim> result = new ArrayList<>();
		Map<String, List<Claim>> changeGroups = new LinkedHashMap<>();
		for (Claim claim : sentence) {
			switch (claim.claimType()) {
				case AMOUNT, BUDGET -> result.add(amount(claim, index, findings, out));
				case SHARE ->
					result.add(shares.check(claim, index, findings, out, context.adjustedShares().contains(claim)));
				case COMPLETION_RATE -> result.add(completions.check(claim, sentence, index, findings, out));
				case COMPARISON -> result.add(comparisons.check(claim, context.before(claim), index, findings, out));
				case CHANGE_AMOUNT, CHANGE_RATE ->
					changeGroups.computeIfAbsent(claim.subject(), k -> new ArrayList<>()).add(claim);
				default -> result.add(CheckedClaim.unmatched(claim));
			}
		}
		changeGroups.values()
			.forEach(group -> result.addAll(changes.check(group, sentence, index, previous, findings, out)));
		return result;
	}

	private CheckedClaim amount(Claim claim, FigureIndex index, NarrativeFindings findings, List<Finding> out) {
		CheckedClaim checked = amounts.check(claim, index, findings, out);
		if (!claim.path().isEmpty() && checked.tableNo() != null) {
			PathNames.check(claim, index, mapping.names(), findings, out);
		}
		return checked;
	}

	/**
	 * Amounts found 10,000 times off, at the value the table implies, for the narrative's
	 * own arithmetic.
	 */
	private static Map<Claim, BigDecimal> corrected(List<Finding> findings, List<Claim> claims) {
		Map<Claim, BigDecimal> result = new HashMap<>();
		for (Finding f : findings) {
			if ("narrative-unit".equals(f.kind()) && f.expectedYuan() != null && f.severity() == Severity.ERROR) {
				claims.stream()
					.filter(c -> c.quote().equals(f.narrativeQuote()) && c.subject().equals(f.rowRef())
							&& c.claimType() == ClaimType.AMOUNT)
					.forEach(c -> result.put(c, f.expectedYuan()));
			}
		}
		return result;
	}

	private static void unmatchedAmounts(NarrativeResult narrative, List<CheckedClaim> all, NarrativeFindings findings,
			List<Finding> out) {
		all.stream()
			.filter(c -> c.status() == ClaimStatus.UNMATCHED && narrative.explains(c.claim())
					&& c.claim().claimType() == ClaimType.AMOUNT)
			.forEach(c -> out.add(findings.of("narrative-amount", Severity.INFO, c.claim(),
					"编制说明所述“" + c.claim().subject() + " " + c.claim().token() + " "
							+ (c.claim().statedUnit() == null ? "" : c.claim().statedUnit()) + "”在表中找不到对应数字（UNMATCHED）",
					null, null, c.claim().valueYuan())));
	}

	private static NarrativeCounts counts(NarrativeResult narrative, String file, List<CheckedClaim> all) {
		List<CheckedClaim> partTwo = all.stream().filter(c -> narrative.explains(c.claim())).toList();
		return new NarrativeCounts(file, narrative.part(), narrative.report().figures(),
				narrative.report().claimedFigures(), partTwo.size(), count(partTwo, ClaimStatus.MATCH),
				count(partTwo, ClaimStatus.ROUNDING), count(partTwo, ClaimStatus.MISMATCH),
				count(partTwo, ClaimStatus.UNMATCHED));
	}

	private static int count(List<CheckedClaim> claims, ClaimStatus status) {
		return (int) claims.stream().filter(c -> c.status() == status).count();
	}

}
