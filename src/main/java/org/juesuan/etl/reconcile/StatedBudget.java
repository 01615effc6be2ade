package org.juesuan.etl.reconcile;

import java.util.List;
import java.util.Optional;

import org.juesuan.etl.narrative.Claim;
import org.juesuan.etl.narrative.ClaimType;

/**
 * The budget and the actual a narrative states beside a completion rate or a 决算数大于/小于预算数 statement
 * ("年初预算为 A 万元，支出决算为 B 万元"): the subject's own when stated, else the nearest before it.
 */
final class StatedBudget {

	private StatedBudget() {
	}

	/** The stated budget: a budget amount, or an amount whose subject names a 预算 (预算数 215.56 万元). */
	static Optional<Claim> budget(Claim about, List<Claim> near) {
		List<Claim> budgets = near.stream().filter(c -> c.valueYuan() != null && (c.claimType() == ClaimType.BUDGET
				|| c.claimType() == ClaimType.AMOUNT && c.subject().contains("预算"))).toList();
		return budgets.stream().filter(c -> c.subject().equals(about.subject())).reduce((a, b) -> b)
				.or(() -> budgets.stream().reduce((a, b) -> b));
	}

	/** The stated actual: an amount other than the budget, the subject's own when stated. */
	static Optional<Claim> actual(Claim about, List<Claim> near, Claim budget) {
		List<Claim> amounts = near.stream().filter(c -> c.claimType() == ClaimType.AMOUNT && c.valueYuan() != null && c != budget
				&& !c.subject().contains("预算")).toList();
		return amounts.stream().filter(c -> c.subject().equals(about.subject())).reduce((a, b) -> b)
				.or(() -> budget == null ? Optional.empty() : amounts.stream().reduce((a, b) -> b));
	}
}
