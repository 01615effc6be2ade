package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects a department's accounts; amounts are decimal strings in 元. */
public final class DepartmentDataBuilder {

	private final String name;

	private final int year;

	private final List<Spending> spending = new ArrayList<>();

	private final List<Flow> incomeDeltas = new ArrayList<>();

	private final List<Flow> openings = new ArrayList<>();

	private final Map<String, BigDecimal> budgets = new LinkedHashMap<>();

	private final Set<FundSource> notApplicable = EnumSet.noneOf(FundSource.class);

	private ThreePublic budget = ThreePublic.ZERO;

	private ThreePublic actual = ThreePublic.ZERO;

	private NarrativeFacts facts;

	DepartmentDataBuilder(String name, int year) {
		this.name = name;
		this.year = year;
	}

	/**
	 * Adds spending atoms of one code, source and kind: {@code economicAndYuan}
	 * alternates code and amount.
	 */
	public DepartmentDataBuilder spend(String function, FundSource source, SpendingKind kind,
			String... economicAndYuan) {
		for (int i = 0; i < economicAndYuan.length; i += 2) {
			spending
				.add(new Spending(function, economicAndYuan[i], source, kind, new BigDecimal(economicAndYuan[i + 1])));
		}
		return this;
	}

	/** General-fund basic spending. */
	public DepartmentDataBuilder basic(String function, String... economicAndYuan) {
		return spend(function, FundSource.GENERAL, SpendingKind.BASIC, economicAndYuan);
	}

	/** General-fund project spending. */
	public DepartmentDataBuilder project(String function, String... economicAndYuan) {
		return spend(function, FundSource.GENERAL, SpendingKind.PROJECT, economicAndYuan);
	}

	/**
	 * Income of the code and source exceeds its spending by {@code yuan} (negative:
	 * carry-over used).
	 */
	public DepartmentDataBuilder incomeDelta(String function, FundSource source, String yuan) {
		incomeDeltas.add(new Flow(function, source, new BigDecimal(yuan)));
		return this;
	}

	/** An opening balance (年初结转和结余). */
	public DepartmentDataBuilder opening(String function, FundSource source, String yuan) {
		openings.add(new Flow(function, source, new BigDecimal(yuan)));
		return this;
	}

	/** The 调整预算 of a general-fund 项 (default: equal to its spending). */
	public DepartmentDataBuilder adjustedBudget(String function, String yuan) {
		budgets.put(function, new BigDecimal(yuan));
		return this;
	}

	/** 三公 预算数 and 决算数. */
	public DepartmentDataBuilder threePublic(ThreePublic budget, ThreePublic actual) {
		this.budget = budget;
		this.actual = actual;
		return this;
	}

	/** An income source T1 prints as "—". */
	public DepartmentDataBuilder notApplicable(FundSource source) {
		notApplicable.add(source);
		return this;
	}

	/** Facts for a generated narrative. */
	public DepartmentDataBuilder facts(NarrativeFacts facts) {
		this.facts = facts;
		return this;
	}

	public DepartmentData build() {
		return new DepartmentData(name, year, spending, incomeDeltas, openings, budgets, budget, actual, notApplicable,
				facts);
	}

}
