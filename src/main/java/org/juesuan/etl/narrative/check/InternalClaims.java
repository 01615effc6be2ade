package org.juesuan.etl.narrative.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimType;
import org.juesuan.etl.model.Finding;
import org.juesuan.etl.model.Money;

/**
 * Arithmetic inside the narrative: the items listed under a total (人员经费 … 主要包括 …) cannot
 * add up to more than it, and a stated 节约/结余 must be the budget less the spending stated
 * beside it. Items whose unit was found to be 10,000 times off count with the corrected
 * value.
 */
final class InternalClaims {

	private static final Pattern BUDGET = Pattern.compile("指标|预算|批复|计划");

	private static final Pattern SPENT = Pattern.compile("实际|使用|支出|决算");

	private static final Pattern SAVED = Pattern.compile("节约|结余|节余");

	void check(List<Claim> claims, Map<Claim, BigDecimal> corrected, NarrativeFindings findings, List<Finding> out) {
		List<Claim> amounts = claims.stream()
			.filter(c -> c.claimType() == ClaimType.AMOUNT && c.valueYuan() != null)
			.toList();
		List<Claim> amountsAndBudgets = claims.stream()
			.filter(c -> (c.claimType() == ClaimType.AMOUNT || c.claimType() == ClaimType.BUDGET)
					&& c.valueYuan() != null)
			.toList();
		for (Claim total : amounts) {
			List<Claim> items = amounts.stream()
				.filter(c -> total.subject().equals(c.parent()) && c.section().equals(total.section())
						&& c.paragraph() >= total.paragraph() && c.paragraph() <= total.paragraph() + 1)
				.toList();
			if (!items.isEmpty()) {
				listedItems(total, items, corrected, findings, out);
			}
		}
		amountsAndBudgets.stream()
			.collect(Collectors.groupingBy(c -> c.paragraph() + "/" + c.sentence()))
			.values()
			.forEach(sentence -> savings(sentence, findings, out));
	}

	private static void listedItems(Claim total, List<Claim> items, Map<Claim, BigDecimal> corrected,
			NarrativeFindings findings, List<Finding> out) {
		BigDecimal sum = items.stream()
			.map(c -> corrected.getOrDefault(c, c.valueYuan()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal tolerance = items.stream().map(InternalClaims::halfUnit).reduce(halfUnit(total), BigDecimal::add);
		if (sum.subtract(total.valueYuan()).compareTo(tolerance) > 0) {
			out.add(findings.of(
					"narrative-internal", null, total, "编制说明所列“" + total.subject() + "”的 " + items.size() + " 项明细合计 "
							+ Money.show(sum, "万元") + " 万元，超过所述总数 " + total.token() + " " + total.statedUnit(),
					null, total.valueYuan(), sum));
		}
	}

	private static void savings(List<Claim> sentence, NarrativeFindings findings, List<Finding> out) {
		Optional<Claim> saved = sentence.stream().filter(c -> SAVED.matcher(c.subject()).find()).findFirst();
		Optional<Claim> budget = sentence.stream()
			.filter(c -> (c.claimType() == ClaimType.BUDGET || BUDGET.matcher(c.subject()).find())
					&& !SAVED.matcher(c.subject()).find())
			.findFirst();
		Optional<Claim> spent = sentence.stream()
			.filter(c -> c.claimType() == ClaimType.AMOUNT && SPENT.matcher(c.subject()).find()
					&& !BUDGET.matcher(c.subject()).find() && !SAVED.matcher(c.subject()).find())
			.findFirst();
		if (saved.isEmpty() || budget.isEmpty() || spent.isEmpty()) {
			return;
		}
		BigDecimal expected = budget.get().valueYuan().subtract(spent.get().valueYuan());
		BigDecimal tolerance = halfUnit(saved.get()).add(halfUnit(budget.get())).add(halfUnit(spent.get()));
		if (saved.get().valueYuan().subtract(expected).abs().compareTo(tolerance) > 0) {
			out.add(findings.of("narrative-internal", null, saved.get(),
					"编制说明称节约/结余 " + saved.get().token() + " " + saved.get().statedUnit() + "，但 " + budget.get().token()
							+ " − " + spent.get().token() + " = " + Money.show(expected, "万元") + " 万元",
					null, expected, saved.get().valueYuan()));
		}
	}

	private static BigDecimal halfUnit(Claim c) {
		return StatedPrecision.halfUnit(c.value(), Money.factor(c.statedUnit()));
	}

}
