package org.juesuan.etl.narrative.check;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.juesuan.etl.model.Claim;
import org.juesuan.etl.model.ClaimType;

/**
 * The budget and the actual a narrative states beside a completion rate or a 决算数大于/小于预算数
 * statement ("年初预算为 A 万元，调整预算为 A′ 万元，支出决算为 B 万元"): the budget the statement names (年初 or
 * 调整), the subject's own when stated; with {@code sameSubject}, nothing of another
 * subject (a 项 line never borrows the budget of the 项 before it).
 */
final class StatedBudget {

	private static final Pattern BUDGET_LIKE = Pattern.compile(".*(年初|调整|全年)预算.*|.*预算数?$");

	private StatedBudget() {
	}

	/**
	 * The stated budget: a budget amount, or an amount whose subject names a 预算 (预算数
	 * 215.56 万元).
	 */
	static Optional<Claim> budget(Claim about, List<Claim> near, boolean sameSubject) {
		List<Claim> budgets = near.stream()
			.filter(c -> c.valueYuan() != null && (c.claimType() == ClaimType.BUDGET
					|| c.claimType() == ClaimType.AMOUNT && budgetLike(c.subject())))
			.toList();
		List<Claim> ofKind = budgets.stream().filter(c -> kind(c).equals(about.denominator())).toList();
		List<Claim> candidates = ofKind.isEmpty() ? budgets : ofKind;
		Optional<Claim> own = candidates.stream().filter(c -> c.subject().equals(about.subject())).reduce((a, b) -> b);
		return own.isPresent() || sameSubject ? own : candidates.stream().reduce((a, b) -> b);
	}

	/**
	 * The stated actual: an amount other than a budget, the subject's own when stated.
	 */
	static Optional<Claim> actual(Claim about, List<Claim> near, Claim budget, boolean sameSubject) {
		List<Claim> amounts = near.stream()
			.filter(c -> c.claimType() == ClaimType.AMOUNT && c.valueYuan() != null && c != budget
					&& !budgetLike(c.subject()))
			.toList();
		Optional<Claim> own = amounts.stream().filter(c -> c.subject().equals(about.subject())).reduce((a, b) -> b);
		return own.isPresent() || sameSubject || budget == null ? own : amounts.stream().reduce((a, b) -> b);
	}

	/** 年初 or 调整: a budget claim's kind, or what a budget-like subject names. */
	private static String kind(Claim c) {
		return c.claimType() == ClaimType.BUDGET && c.denominator() != null ? c.denominator()
				: c.subject().contains("调整") ? "调整" : "年初";
	}

	/**
	 * An amount whose subject is a budget ("预算数", "年初预算收入"), not one whose name holds 预算
	 * (一般公共预算财政拨款支出).
	 */
	private static boolean budgetLike(String subject) {
		return BUDGET_LIKE.matcher(subject).matches();
	}

}
