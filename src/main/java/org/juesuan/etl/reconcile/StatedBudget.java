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
				|| c.claimType() == ClaimType.AMOUNT && budgetLike(c.subject()))).toList();
		return budgets.stream().filter(c -> c.subject().equals(about.subject())).reduce((a, b) -> b)
				.or(() -> budgets.stream().reduce((a, b) -> b));
	}

	/** An amount whose subject is a budget ("预算数", "年初预算收入"), not one whose name holds 预算 (一般公共预算财政拨款支出). */
	private static boolean budgetLike(String subject) {
		return subject.matches(".*(年初|调整|全年)预算.*|.*预算数?$");
	}

	/** The stated actual: an amount other than the budget, the subject's own when stated. */
	static Optional<Claim> actual(Claim about, List<Claim> near, Claim budget) {
		List<Claim> amounts = near.stream().filter(c -> c.claimType() == ClaimType.AMOUNT && c.valueYuan() != null && c != budget
				&& !budgetLike(c.subject())).toList();
		return amounts.stream().filter(c -> c.subject().equals(about.subject())).reduce((a, b) -> b)
				.or(() -> budget == null ? Optional.empty() : amounts.stream().reduce((a, b) -> b));
	}
}
