package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The yuan-precise accounts of one department for one year, from which every table is
 * derived, so that all 勾稽关系 hold exactly at yuan level. Income of a functional code and
 * source is its spending plus the income delta; the closing balance is the opening
 * balance plus the delta.
 *
 * @param name department name
 * @param year fiscal year
 * @param spending spending atoms
 * @param incomeDeltas income minus spending per code and source (default 0)
 * @param openings opening balances (年初结转和结余) per code and source
 * @param adjustedBudgets 调整预算 of general-fund 项 where it differs from the actual spending
 * @param threePublicBudget 三公 预算数
 * @param threePublicActual 三公 决算数
 * @param notApplicableIncome income sources T1 prints as a placeholder "—" (read as null)
 * @param facts narrative-only facts (null when the narrative is not generated)
 */
public record DepartmentData(String name, int year, List<Spending> spending, List<Flow> incomeDeltas,
		List<Flow> openings, Map<String, BigDecimal> adjustedBudgets, ThreePublic threePublicBudget,
		ThreePublic threePublicActual, Set<FundSource> notApplicableIncome, NarrativeFacts facts) {

	public DepartmentData {
		spending = List.copyOf(spending);
		incomeDeltas = List.copyOf(incomeDeltas);
		openings = List.copyOf(openings);
		adjustedBudgets = Map.copyOf(adjustedBudgets);
		notApplicableIncome = Set.copyOf(notApplicableIncome);
	}

	/** Starts a builder. */
	public static DepartmentDataBuilder builder(String name, int year) {
		return new DepartmentDataBuilder(name, year);
	}
}
