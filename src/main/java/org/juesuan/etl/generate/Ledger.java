package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Yuan-level sums over a department's accounts. Codes are matched by prefix, so a 类
 * ("201"), 款 ("20137") or 项 ("2013701") code sums everything under it and the empty
 * prefix sums everything.
 */
public final class Ledger {

	private final DepartmentData data;

	public Ledger(DepartmentData data) {
		this.data = data;
	}

	public DepartmentData data() {
		return data;
	}

	/** Spending atoms whose source is one of {@code sources}. */
	public static Predicate<Spending> from(FundSource... sources) {
		List<FundSource> list = List.of(sources);
		return s -> list.contains(s.source());
	}

	/** Spending atoms of one kind. */
	public static Predicate<Spending> of(SpendingKind kind) {
		return s -> s.kind() == kind;
	}

	/** Spending atoms paid from fiscal appropriations. */
	public static Predicate<Spending> fiscal() {
		return s -> s.source().fiscal();
	}

	/** Spending under a functional code prefix, filtered. */
	public BigDecimal spending(String functionPrefix, Predicate<Spending> filter) {
		return sum(data.spending()
			.stream()
			.filter(s -> s.function().startsWith(functionPrefix))
			.filter(filter)
			.map(Spending::yuan));
	}

	/** Spending under an economic code prefix, filtered. */
	public BigDecimal spendingByEconomic(String economicPrefix, Predicate<Spending> filter) {
		return sum(data.spending()
			.stream()
			.filter(s -> s.economic().startsWith(economicPrefix))
			.filter(filter)
			.map(Spending::yuan));
	}

	/** Income (本年收入) under a functional code prefix from the given sources. */
	public BigDecimal income(String functionPrefix, Predicate<FundSource> sources) {
		return spending(functionPrefix, s -> sources.test(s.source()))
			.add(flows(data.incomeDeltas(), functionPrefix, sources));
	}

	/**
	 * Opening balance (年初结转和结余) under a functional code prefix from the given sources.
	 */
	public BigDecimal opening(String functionPrefix, Predicate<FundSource> sources) {
		return flows(data.openings(), functionPrefix, sources);
	}

	/** Closing balance (年末结转和结余): opening plus income minus spending. */
	public BigDecimal closing(String functionPrefix, Predicate<FundSource> sources) {
		return opening(functionPrefix, sources).add(flows(data.incomeDeltas(), functionPrefix, sources));
	}

	/** The 调整预算 of a general-fund 项: as given, else its spending. */
	public BigDecimal adjustedBudget(String function) {
		return data.adjustedBudgets().getOrDefault(function, spending(function, from(FundSource.GENERAL)));
	}

	/** Every 7-digit functional code in spending, income deltas or openings, sorted. */
	public SortedSet<String> functionCodes() {
		TreeSet<String> codes = new TreeSet<>();
		data.spending().forEach(s -> codes.add(s.function()));
		Stream.concat(data.incomeDeltas().stream(), data.openings().stream()).forEach(f -> codes.add(f.function()));
		return codes;
	}

	/** Every 5-digit economic code in spending, sorted. */
	public SortedSet<String> economicCodes() {
		TreeSet<String> codes = new TreeSet<>();
		data.spending().forEach(s -> codes.add(s.economic()));
		return codes;
	}

	private static BigDecimal flows(List<Flow> flows, String prefix, Predicate<FundSource> sources) {
		return sum(flows.stream()
			.filter(f -> f.function().startsWith(prefix))
			.filter(f -> sources.test(f.source()))
			.map(Flow::yuan));
	}

	private static BigDecimal sum(Stream<BigDecimal> amounts) {
		return amounts.reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

}
